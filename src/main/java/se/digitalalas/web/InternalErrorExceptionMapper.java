package se.digitalalas.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure on /engine-rest that is neither the engine's nor the REST layer's, typically from a
 * delegate (the registry's SQL, a bug): 500 with the generic Swedish message, logged once with
 * its stack. Without this, Camunda's catch-all would answer with the exception's text, SQL and
 * all. Engine exceptions ({@code ProcessEngineException}, Camunda's {@code RestException}) have
 * closer mappers and keep Camunda's error JSON; JAX-RS's own exceptions are handed back to it.
 */
@Provider
class InternalErrorExceptionMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger log = LoggerFactory.getLogger(InternalErrorExceptionMapper.class);

  @Override
  public Response toResponse(RuntimeException exception) {
    if (exception instanceof WebApplicationException) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    log.error("Unexpected failure in the /engine-rest request", exception);
    return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.internalError())
        .build();
  }
}

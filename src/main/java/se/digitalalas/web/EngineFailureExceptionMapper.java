package se.digitalalas.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ExceptionLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine exception on /engine-rest keeps Camunda's error JSON and status, but a 5xx is logged
 * here once at ERROR with its stack (Camunda's own handler says WARN, and the engine's command
 * logging is off); the caller's 4xx stay at Camunda's debug level. Preferred over Camunda's
 * handler for the same type by its priority.
 */
@Provider
@Priority(Priorities.USER - 100)
class EngineFailureExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private static final Logger log = LoggerFactory.getLogger(EngineFailureExceptionMapper.class);

  @Override
  public Response toResponse(ProcessEngineException exception) {
    ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
    Response.Status status = camunda.getStatus(exception);
    if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
      log.error("Engine failure in the /engine-rest request", exception);
    } else {
      ExceptionLogger.REST_LOGGER.log(exception);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(camunda.fromException(exception))
        .build();
  }
}

package se.digitalalas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.digitalalas.refusal.Refusal;

/**
 * A refusal on /engine-rest is the caller's fault: 400 with the Swedish reason, and one INFO line
 * in the log ({@link RefusalLog}); the engine's command logging is off
 * ({@code enableCmdExceptionLogging}), so nothing else logs it.
 */
@Provider
class RefusalExceptionMapper implements ExceptionMapper<Refusal> {

  @Context
  private HttpServletRequest request;

  @Override
  public Response toResponse(Refusal refusal) {
    RefusalLog.refused(refusal, request.getMethod(), request.getRequestURI());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.refusal(refusal.getMessage()))
        .build();
  }
}

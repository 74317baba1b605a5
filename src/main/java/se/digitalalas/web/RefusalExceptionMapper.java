package se.digitalalas.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.digitalalas.refusal.Refusal;

/** A refusal on /engine-rest is the caller's fault: 400 with the Swedish reason. */
@Provider
class RefusalExceptionMapper implements ExceptionMapper<Refusal> {

  @Override
  public Response toResponse(Refusal refusal) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.refusal(refusal.getMessage()))
        .build();
  }
}

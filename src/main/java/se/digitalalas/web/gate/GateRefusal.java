package se.digitalalas.web.gate;

import se.digitalalas.web.ApiError;

/** A staff request the gate answers itself, before the engine sees it: the status and the body. */
final class GateRefusal extends RuntimeException {

  private final int status;
  private final transient ApiError error;

  GateRefusal(int status, ApiError error) {
    super(error.message(), null, false, false);
    this.status = status;
    this.error = error;
  }

  static GateRefusal invalidRequest(String reason) {
    return new GateRefusal(400, ApiError.invalidRequest(reason));
  }

  static GateRefusal adminOnly(String reason) {
    return new GateRefusal(403, ApiError.forbidden(reason));
  }

  static GateRefusal unauthorized() {
    return new GateRefusal(401, ApiError.unauthorized("Inloggning krävs"));
  }

  static GateRefusal tooLarge() {
    return new GateRefusal(413, ApiError.invalidRequest("Begäran är för stor"));
  }

  int status() {
    return status;
  }

  ApiError error() {
    return error;
  }
}

package se.digitalalas.web;

/**
 * The JSON body of every error on /api and of the service's own errors on /engine-rest:
 * {@code {"type": "...", "message": "<Swedish reason>"}}, the shape of Camunda's REST errors.
 * The message is written for the user; it never carries an exception's text.
 */
public record ApiError(String type, String message) {

  static final String INTERNAL_ERROR_MESSAGE =
      "Ett internt fel inträffade. Försök igen eller kontakta support.";

  /** Input the service refused, with the reason (a {@link se.digitalalas.refusal.Refusal}). */
  public static ApiError refusal(String reason) {
    return new ApiError("Refusal", reason);
  }

  /** A request the service could not read: malformed body, wrong type, bad id, wrong method. */
  public static ApiError invalidRequest(String reason) {
    return new ApiError("InvalidRequest", reason);
  }

  public static ApiError notFound(String reason) {
    return new ApiError("NotFound", reason);
  }

  public static ApiError unauthorized(String reason) {
    return new ApiError("Unauthorized", reason);
  }

  public static ApiError forbidden(String reason) {
    return new ApiError("Forbidden", reason);
  }

  static ApiError internalError() {
    return new ApiError("InternalError", INTERNAL_ERROR_MESSAGE);
  }
}

package se.digitalalas.web;

/**
 * The JSON body of every error on /api and of the service's own errors on /engine-rest:
 * {@code {"type": "...", "message": "<Swedish reason>"}}, the shape of Camunda's REST errors.
 * The message is written for the user; it never carries an exception's text.
 */
public record ApiError(String type, String message) {

  /** Input the service refused, with the reason (a {@link se.digitalalas.refusal.Refusal}). */
  static ApiError refusal(String reason) {
    return new ApiError("Refusal", reason);
  }

  static ApiError notFound(String reason) {
    return new ApiError("NotFound", reason);
  }
}

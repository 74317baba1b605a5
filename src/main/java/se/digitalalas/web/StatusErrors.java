package se.digitalalas.web;

/** The error body for a bare HTTP status, when nothing more is known than the status. */
final class StatusErrors {

  private StatusErrors() {
  }

  static ApiError of(int status) {
    return switch (status) {
      case 400 -> ApiError.invalidRequest("Ogiltig begäran");
      case 401 -> ApiError.unauthorized("Inloggning krävs");
      case 403 -> ApiError.forbidden("Du saknar behörighet för det här");
      case 404 -> ApiError.notFound("Adressen finns inte");
      case 405 -> ApiError.invalidRequest("Metoden stöds inte för den här adressen");
      case 406 -> ApiError.invalidRequest("Svaret kan bara ges som JSON");
      case 413 -> ApiError.invalidRequest("Begäran är för stor");
      case 415 -> ApiError.invalidRequest("Innehållstypen stöds inte: skicka JSON");
      default -> status >= 400 && status < 500
          ? ApiError.invalidRequest("Ogiltig begäran")
          : ApiError.internalError();
    };
  }
}

package se.digitalalas.access;

/**
 * The staff member may not read what they asked for; the attempt is logged already. The message
 * is Swedish and meant for the user: /api answers it as 403 {@code {"type": "Forbidden", ...}}.
 */
public class AccessDenied extends RuntimeException {

  public static final String NO_WORK_ON_BRUKARE =
      "Du får inte läsa brukarens uppgifter: ingen av dina grupper har eller har nyligen haft en uppgift för brukaren";
  public static final String NOT_A_LOG_REVIEWER =
      "Bara enhetschef och administratör får läsa åtkomstloggen";

  public AccessDenied(String message) {
    super(message, null, false, false);
  }
}

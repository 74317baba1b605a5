package se.digitalalas.outbound.mail;

/** A sending attempt failed: the job fails with this, and after its last retry it is an incident. */
public class MessageNotSent extends RuntimeException {

  public MessageNotSent(long messageId, int attempt, String reason, Throwable cause) {
    super("Meddelande " + messageId + " kunde inte skickas (försök " + attempt + "): " + reason, cause);
  }
}

package se.digitalalas.registry.message;

/**
 * Where an outgoing message is: PENDING (stored, waiting for the job that sends it), SENDING (an
 * attempt is under way or was interrupted), SENT (the mail server accepted it), FAILED (the last
 * retry failed; an incident in Cockpit), NOT_SENT (no mail server is configured).
 */
public enum MessageState {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  NOT_SENT
}

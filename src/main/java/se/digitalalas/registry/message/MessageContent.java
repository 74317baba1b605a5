package se.digitalalas.registry.message;

/** What is sent, to whom, about which brukare; document is an attachment, or null. */
public record MessageContent(
    long brukareId, MessageChannel channel, String recipient, String subject, String body,
    MessageDocument document) {

  /** A message without a document. */
  public MessageContent(long brukareId, MessageChannel channel, String recipient, String subject, String body) {
    this(brukareId, channel, recipient, subject, body, null);
  }
}

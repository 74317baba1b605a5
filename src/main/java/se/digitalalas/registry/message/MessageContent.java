package se.digitalalas.registry.message;

/** What is sent, to whom, about which brukare. */
public record MessageContent(
    long brukareId, MessageChannel channel, String recipient, String subject, String body) {
}

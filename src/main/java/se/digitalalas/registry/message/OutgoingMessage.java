package se.digitalalas.registry.message;

import java.time.LocalDateTime;

/**
 * A stored outgoing message. attempts counts the sending attempts begun; lastError is the Swedish
 * reason of the last failed one (or why it was not sent); messageId is the mail's Message-ID header.
 */
public record OutgoingMessage(
    long id,
    long brukareId,
    MessageChannel channel,
    String recipient,
    String subject,
    String body,
    MessageState state,
    LocalDateTime createdAt,
    LocalDateTime sentAt,
    int attempts,
    LocalDateTime lastAttemptAt,
    String lastError,
    String messageId) {
}

package se.digitalalas.registry.message;

import java.time.LocalDateTime;

/**
 * A stored outgoing message. attempts counts the sending attempts begun; lastError is the Swedish
 * reason of the last failed one (or why it was not sent); messageId is the mail's Message-ID header.
 * hasDocument and documentFileName say whether a document goes with it (an attachment) and its
 * name; its bytes are read apart ({@link OutgoingMessageRegistry#document}), never with the message.
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
    String messageId,
    boolean hasDocument,
    String documentFileName) {
}

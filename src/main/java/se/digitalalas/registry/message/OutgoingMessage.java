package se.digitalalas.registry.message;

import java.time.LocalDateTime;

public record OutgoingMessage(
    long id,
    long brukareId,
    MessageChannel channel,
    String recipient,
    String subject,
    String body,
    MessageState state,
    LocalDateTime createdAt,
    LocalDateTime sentAt) {
}

package se.digitalalas.registry.note;

import java.time.LocalDateTime;

/** Anteckning on the brukare. */
public record Note(long id, long brukareId, String text, String author, LocalDateTime createdAt) {
}

package se.digitalalas.registry.utforare;

import java.time.LocalDateTime;

/** One change of the brukare's hemtjänst provider; fromUtforare is null when none was registered. */
public record UtforareChange(
    long id,
    long brukareId,
    String fromUtforare,
    String toUtforare,
    LocalDateTime changedAt,
    String changedBy) {
}

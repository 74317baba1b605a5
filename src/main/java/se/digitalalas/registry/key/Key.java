package se.digitalalas.registry.key;

import java.time.LocalDateTime;

/** A physical key (set) to the brukare's door. */
public record Key(
    long id,
    long brukareId,
    String keyNumber,
    KeyHolder holder,
    String nyckelposition,
    LocalDateTime registeredAt) {
}

package se.digitalalas.registry.lock;

import java.time.LocalDateTime;

/** A brukare linked to a lock unit (cohabitants share one). */
public record LinkedBrukare(long brukareId, String personnummer, String name, LocalDateTime linkedAt) {
}

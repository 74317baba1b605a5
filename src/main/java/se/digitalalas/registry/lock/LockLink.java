package se.digitalalas.registry.lock;

import java.time.LocalDateTime;

/** A brukare's link to a lock unit; unlinkedAt is null while linked. */
public record LockLink(Lock lock, LocalDateTime linkedAt, LocalDateTime unlinkedAt) {
}

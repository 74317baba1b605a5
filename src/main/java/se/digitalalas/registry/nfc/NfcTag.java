package se.digitalalas.registry.nfc;

import java.time.LocalDateTime;

/** NFC-etikett: up while the brukare waits for a lock; takenDownAt null while it is up. */
public record NfcTag(long id, long brukareId, LocalDateTime putUpAt, LocalDateTime takenDownAt) {
}

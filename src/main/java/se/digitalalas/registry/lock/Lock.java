package se.digitalalas.registry.lock;

import java.time.LocalDate;

/** A digital lock unit on a household's door; keyNumber is what the låsvred is labelled with. */
public record Lock(
    long id,
    long householdId,
    String serialNumber,
    Vendor vendor,
    LockStatus status,
    LocalDate installedOn,
    LocalDate removedOn,
    String keyNumber) {
}

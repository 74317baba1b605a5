package se.digitalalas.registry.receipt;

import java.time.LocalDateTime;

/** Kvittens: who signed it, when, and where it is kept. */
public record Receipt(
    long id,
    long brukareId,
    ReceiptKind kind,
    String signedBy,
    LocalDateTime signedAt,
    String keptAt) {
}

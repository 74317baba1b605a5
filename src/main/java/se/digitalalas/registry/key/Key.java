package se.digitalalas.registry.key;

import java.time.LocalDateTime;

/**
 * A physical key (set) to the brukare's door: issued to hemtjänst, the larmgrupp or the
 * nattgrupp; holder BRUKARE with returnedAt once it was given back.
 */
public record Key(
    long id,
    long brukareId,
    String keyNumber,
    KeyHolder holder,
    KeyHolder issuedTo,
    String nyckelposition,
    LocalDateTime registeredAt,
    LocalDateTime returnedAt) {
}

package se.digitalalas.registry.household;

import java.time.LocalDateTime;

/** Hushåll: one address, one or more brukare, at most one active lock. kodlas null = not known. */
public record Household(
    long id,
    String address,
    String postalCode,
    String city,
    String portkod,
    Boolean kodlas,
    LocalDateTime kodlasRecordedAt) {

  public Address addressAsRegistered() {
    return new Address(address, postalCode, city);
  }

  public boolean hasKnownKodlas() {
    return Boolean.TRUE.equals(kodlas);
  }
}

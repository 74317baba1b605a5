package se.digitalalas.registry.household;

import static se.digitalalas.registry.TextLimits.*;

import java.util.Locale;
import se.digitalalas.refusal.Refusal;

/** A street address; the household lives at one. Postal code as five digits when known. */
public record Address(String street, String postalCode, String city) {

  public Address {
    require(street, ADDRESS, "adress");
    require(city, CITY, "ort");
  }

  public static Address of(String street, String postnummer, String ort) {
    if (street == null || street.isBlank()) {
      throw new Refusal("Adress saknas");
    }
    return new Address(street.strip(), postalCode(postnummer), blankToNull(ort));
  }

  /** The same street and postal code, however spaced or capitalised, is the same household. */
  public boolean sameHouseholdAs(Address other) {
    return key().equals(other.key());
  }

  /** As people write it: "Storgatan 1, 123 45 Storstad". */
  public String formatted() {
    StringBuilder text = new StringBuilder(street);
    if (postalCode != null) {
      text.append(", ").append(formattedPostalCode());
    }
    if (city != null) {
      text.append(postalCode == null ? ", " : " ").append(city);
    }
    return text.toString();
  }

  /** "123 45", or null when there is none. */
  public String formattedPostalCode() {
    return postalCode == null ? null : postalCode.substring(0, 3) + " " + postalCode.substring(3);
  }

  String key() {
    String normalisedStreet = street.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return normalisedStreet + "|" + (postalCode == null ? "" : postalCode);
  }

  private static String postalCode(String postnummer) {
    if (postnummer == null || postnummer.isBlank()) {
      return null;
    }
    String digits = postnummer.replaceAll("\\s", "");
    if (!digits.matches("\\d{5}")) {
      throw new Refusal("Ogiltigt postnummer: ange fem siffror, t.ex. 123 45");
    }
    return digits;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

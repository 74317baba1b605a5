package se.digitalalas.registry.brukare;

import dev.personnummer.PersonnummerException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import se.digitalalas.refusal.Refusal;

/** A Swedish personnummer or samordningsnummer, Luhn-checked, always held as 12 digits. */
public record Personnummer(String value) {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
  private static final Pattern ACCEPTED_INPUT = Pattern.compile("(\\d{2})?\\d{6}[-+]?\\d{4}");

  public Personnummer {
    if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("A Personnummer holds exactly 12 digits");
    }
  }

  /** Accepts 10 or 12 digits with an optional - or + (over 100 years) before the last four. */
  public static Personnummer parse(String input) {
    if (input == null || input.isBlank()) {
      throw new Refusal("Ogiltigt personnummer: personnummer saknas");
    }
    String candidate = input.strip();
    if (!ACCEPTED_INPUT.matcher(candidate).matches()) {
      throw new Refusal(
          "Ogiltigt personnummer: ange 10 eller 12 siffror, t.ex. 19121212-1212 eller 121212-1212");
    }
    try {
      return new Personnummer(dev.personnummer.Personnummer.parse(candidate).format(true));
    } catch (PersonnummerException e) {
      throw new Refusal(
          "Ogiltigt personnummer: kontrollsiffran stämmer inte eller så finns inte datumet");
    }
  }

  /**
   * As {@link #parse(String)}, for a person who is to be registered: the birth date must not lie
   * after today.
   */
  public static Personnummer parse(String input, Clock clock) {
    Personnummer personnummer = parse(input);
    if (personnummer.birthDate().isAfter(LocalDate.now(clock))) {
      throw new Refusal("Ogiltigt personnummer: födelsedatumet ligger i framtiden");
    }
    return personnummer;
  }

  /** The date of birth; a samordningsnummer carries the day plus 60. */
  public LocalDate birthDate() {
    int day = Integer.parseInt(value.substring(6, 8));
    return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
        day > 60 ? day - 60 : day);
  }

  /** ÅÅÅÅMMDD-NNNN, for people to read. */
  public String formatted() {
    return value.substring(0, 8) + "-" + value.substring(8);
  }

  @Override
  public String toString() {
    return value;
  }
}

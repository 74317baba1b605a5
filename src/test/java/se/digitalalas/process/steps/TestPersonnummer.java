package se.digitalalas.process.steps;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid personnummer for tests, one per serial: 1950-01-01 and on, Luhn check digit computed. */
public final class TestPersonnummer {

  private TestPersonnummer() {
  }

  /** Serial 0–999 → a valid 12-digit personnummer born 19500101, birth number = serial. */
  public static String of(int serial) {
    String nineDigits = "500101" + String.format("%03d", serial);
    return "19" + nineDigits + luhn(nineDigits);
  }

  /** A valid 12-digit personnummer of someone born on the date, birth number = serial (0–999). */
  public static String born(LocalDate birthDate, int serial) {
    String nineDigits = birthDate.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%03d", serial);
    return birthDate.getYear() / 100 + nineDigits + luhn(nineDigits);
  }

  /** A valid samordningsnummer (birth day + 60) of someone born on the date. */
  public static String samordningsnummer(LocalDate birthDate, int serial) {
    String nineDigits = birthDate.format(DateTimeFormatter.ofPattern("yyMM"))
        + (birthDate.getDayOfMonth() + 60) + String.format("%03d", serial);
    return birthDate.getYear() / 100 + nineDigits + luhn(nineDigits);
  }

  private static int luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }
}

package se.digitalalas.process.steps;

/** Valid personnummer for tests, one per serial: 1950-01-01 and on, Luhn check digit computed. */
public final class TestPersonnummer {

  private TestPersonnummer() {
  }

  /** Serial 0–999 → a valid 12-digit personnummer born 19500101, birth number = serial. */
  public static String of(int serial) {
    String nineDigits = "500101" + String.format("%03d", serial);
    return "19" + nineDigits + luhn(nineDigits);
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

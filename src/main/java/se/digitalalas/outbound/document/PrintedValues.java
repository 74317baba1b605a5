package se.digitalalas.outbound.document;

/** How the forms sent out print the registry's values. */
public final class PrintedValues {

  public static final String NOT_GIVEN = "uppgift saknas";

  private PrintedValues() {
  }

  /** 12 digits as YYYYMMDD-NNNN, the way vendors and offices write it; anything else as registered. */
  public static String personnummer(String personnummer) {
    return personnummer.matches("\\d{12}")
        ? personnummer.substring(0, 8) + "-" + personnummer.substring(8) : personnummer;
  }

  /** 5 digits as "NNN NN"; anything else as registered, nothing as {@link #NOT_GIVEN}. */
  public static String postnummer(String postnummer) {
    return orNotGiven(postnummer != null && postnummer.matches("\\d{5}")
        ? postnummer.substring(0, 3) + " " + postnummer.substring(3) : postnummer);
  }

  public static String orNotGiven(String value) {
    return value == null || value.isBlank() ? NOT_GIVEN : value;
  }

  public static String yesNo(boolean value) {
    return value ? "Ja" : "Nej";
  }
}

package se.digitalalas.outbound.document;

import java.util.List;
import se.digitalalas.outbound.document.FormPdf.Field;

/** How the forms sent out print the registry's values, and what each of them requires. */
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

  /** Who the kund is and how the door is reached, as an order to a vendor prints them. */
  public static List<Field> kund(String namn, String personnummer, String adress, String postnummer, String ort,
      String telefon, String portkod) {
    return List.of(
        new Field("Namn", namn),
        new Field("Personnummer", personnummer(personnummer)),
        new Field("Adress", adress),
        new Field("Postnummer", postnummer(postnummer)),
        new Field("Ort", orNotGiven(ort)),
        new Field("Telefon", orNotGiven(telefon)),
        new Field("Portkod", orNotGiven(portkod)));
  }

  /** A form's required text: a programming error, not the user's, when it is missing. */
  public static void required(String value, String name, String form) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The " + form + " needs " + name);
    }
  }
}

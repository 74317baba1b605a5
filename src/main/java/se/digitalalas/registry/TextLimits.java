package se.digitalalas.registry;

import se.digitalalas.refusal.Refusal;

/**
 * The length of the registry's text columns (VARCHAR(n) in db/registry), checked before a
 * value is written, so a value that does not fit is refused naming the field instead of
 * failing in SQL. A NUL never reaches the database either: PostgreSQL cannot store it.
 */
public final class TextLimits {

  public static final int NAME = 200;
  public static final int ADDRESS = 200;
  public static final int CITY = 100;
  public static final int PHONE = 50;
  public static final int PORTKOD = 50;
  public static final int AREA = 100;
  public static final int KOMMUN = 100;
  public static final int SERIAL_NUMBER = 50;
  public static final int KEY_NUMBER = 50;
  public static final int PLACE = 200;
  public static final int UTFORARE = 200;
  public static final int NOTE = 4000;

  private TextLimits() {
  }

  /** The value unchanged (null stays null); refused when longer than max or holding a NUL. */
  public static String require(String value, int max, String field) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw new Refusal("Ogiltigt värde för " + field + ": högst " + max + " tecken");
    }
    if (value.indexOf('\u0000') >= 0) {
      throw new Refusal("Ogiltigt värde för " + field + ": texten innehåller otillåtna tecken");
    }
    return value;
  }
}

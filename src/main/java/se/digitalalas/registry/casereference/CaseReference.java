package se.digitalalas.registry.casereference;

import java.util.regex.Pattern;

/**
 * A case's readable reference, the business key of a routine: {@code DL-<year>-<number>}, the year
 * the case began in the service's time zone and the number from the database's sequence, at least
 * six digits (DL-2026-000123). It says nothing about the brukare, so it may stand in Cockpit, logs,
 * URLs and mail, and a vendor (Tunstall) names the case by it.
 */
public record CaseReference(String value) {

  public static final Pattern FORMAT = Pattern.compile("DL-\\d{4}-\\d{6,}");

  public CaseReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a case reference: " + value);
    }
  }

  static CaseReference of(int year, long number) {
    return new CaseReference(String.format("DL-%04d-%06d", year, number));
  }

  @Override
  public String toString() {
    return value;
  }
}

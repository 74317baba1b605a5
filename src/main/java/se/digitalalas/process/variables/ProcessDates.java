package se.digitalalas.process.variables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import se.digitalalas.refusal.Refusal;

/**
 * Dates as process variables arrive as java.util.Date (REST) or ISO strings (Camunda Forms:
 * "2026-11-22", "2026-12-01T09:30", with or without seconds and offset).
 */
public final class ProcessDates {

  private ProcessDates() {
  }

  /** null when the value is null or blank; label names the field in the Swedish refusal. */
  public static LocalDateTime toLocalDateTime(Object value, ZoneId zone, String label) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), zone);
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    if (value instanceof String text) {
      return parse(text.strip(), zone, label);
    }
    throw new Refusal("Ogiltigt datum för " + label + ": ange datum som ÅÅÅÅ-MM-DD");
  }

  public static LocalDate toLocalDate(Object value, ZoneId zone, String label) {
    LocalDateTime dateTime = toLocalDateTime(value, zone, label);
    return dateTime == null ? null : dateTime.toLocalDate();
  }

  public static Date toDate(LocalDateTime dateTime, ZoneId zone) {
    return Date.from(dateTime.atZone(zone).toInstant());
  }

  private static LocalDateTime parse(String text, ZoneId zone, String label) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      if (hasOffset(text)) {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
      }
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refusal("Ogiltigt datum för " + label + ": " + text
          + ". Ange datum som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm");
    }
  }

  private static boolean hasOffset(String text) {
    int time = text.indexOf('T');
    if (time < 0) {
      return false;
    }
    String afterDate = text.substring(time);
    return afterDate.endsWith("Z") || afterDate.contains("+") || afterDate.contains("-");
  }
}

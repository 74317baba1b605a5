package se.digitalalas.access;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The access log as CSV for a log review: UTF-8 with a byte order mark (so that Excel reads the
 * å, ä and ö), semicolon-separated, CRLF line ends, Swedish column names in a header row. A
 * field with a semicolon, a quote or a line break is quoted; one a spreadsheet would take for a
 * formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe, so it stays text.
 */
public final class AccessLogCsv {

  public static final List<String> HEADER = List.of(
      "Tidpunkt", "Användare", "Grupper", "Brukare-id", "Åtgärd", "Vad", "Kanal", "Tillåten");
  private static final String FORMULA_START = "=+-@\t\r";
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private AccessLogCsv() {
  }

  public static byte[] of(List<AccessLogEntry> entries) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, HEADER);
    for (AccessLogEntry entry : entries) {
      line(csv, List.of(
          AT.format(entry.at()),
          entry.userId(),
          String.join(",", entry.groupIds()),
          entry.brukareId() == null ? "" : entry.brukareId().toString(),
          entry.action().swedish(),
          entry.what(),
          entry.channel().name(),
          entry.allowed() ? "ja" : "nej"));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  private static String field(String raw) {
    String value = !raw.isEmpty() && FORMULA_START.indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
    if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}

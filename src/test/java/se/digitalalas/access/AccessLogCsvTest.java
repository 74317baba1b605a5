package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  @Test
  void aSwedishHeaderThenOneLinePerEntrySemicolonSeparatedInUtf8() {
    byte[] csv = AccessLogCsv.of(List.of(
        new AccessLogEntry(1, LocalDateTime.of(2026, 11, 23, 10, 15, 3), "hanna", List.of("hemtjanstutforare"),
            7L, AccessAction.READ, "Läste brukarens registerpost (uppgift för brukaren)", AccessChannel.API, true),
        new AccessLogEntry(2, LocalDateTime.of(2026, 11, 23, 10, 16), "kim", List.of("kommunvagledare", "x"),
            null, AccessAction.READ, "Sökte; \"fel\"", AccessChannel.TASKLIST, false)));

    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    assertThat(text.substring(1).split("\r\n")).containsExactly(
        "Tidpunkt;Användare;Grupper;Brukare-id;Åtgärd;Vad;Kanal;Tillåten",
        "2026-11-23 10:15:03;hanna;hemtjanstutforare;7;Läsning;Läste brukarens registerpost (uppgift för brukaren);API;ja",
        "2026-11-23 10:16:00;kim;kommunvagledare,x;;Läsning;\"Sökte; \"\"fel\"\"\";TASKLIST;nej");
  }

  @Test
  void aValueASpreadsheetWouldTakeForAFormulaStaysText() {
    byte[] csv = AccessLogCsv.of(List.of(
        new AccessLogEntry(3, LocalDateTime.of(2026, 11, 23, 10, 17), "=HYPERLINK(\"x\")", List.of("+grupp"),
            7L, AccessAction.CHANGE, "-1", AccessChannel.DELEGATE, true)));

    String line = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n")[1];
    assertThat(line).isEqualTo("2026-11-23 10:17:00;\"'=HYPERLINK(\"\"x\"\")\";'+grupp;7;Ändring;'-1;DELEGATE;ja");
  }
}

package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;

/** The order form as PDF, read back with PDFBox: one A4 page, the title, every field "Label: value". */
class TunstallOrderDocumentTest {

  static final CaseReference CASE = new CaseReference("DL-2026-000123");
  static final TunstallOrderForm ASTRID = new TunstallOrderForm(CASE, "Astrid Andersson", "194403052386",
      "Storgatan 1", "12345", "Helsingborg", "070-1234567", "1234", "Norra", true, "N-17",
      "Nyckelskåp 3, krok 12", "Karin Koordinator", "Koordinator", LocalDate.of(2026, 11, 23),
      LocalDate.of(2026, 12, 7), "Kunden hör dåligt, ring på länge.");

  @Test
  void everyFieldIsOnTheFormWithItsSwedishLabel() throws IOException {
    byte[] pdf = TunstallOrderDocument.pdf(ASTRID);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.1f));
      assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.1f));
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Beställning av digitalt lås – Tunstall");
      assertThat(PdfText.lines(document)).contains(
          "Beställning av digitalt lås – Tunstall",
          "Beställningsblankett",
          "Kund",
          "Namn: Astrid Andersson",
          "Personnummer: 19440305-2386",
          "Adress: Storgatan 1",
          "Postnummer: 123 45",
          "Ort: Helsingborg",
          "Telefon: 070-1234567",
          "Portkod: 1234",
          "Hemvårdsområde: Norra",
          "Nyckel",
          "Fysisk nyckel finns: Ja",
          "Nyckelnummer: N-17",
          "Nyckelposition: Nyckelskåp 3, krok 12",
          "Beställning",
          "Ärende: DL-2026-000123",
          "Beställare: Karin Koordinator",
          "Beställarens roll: Koordinator",
          "Beställningsdatum: 2026-11-23",
          "Önskat installationsdatum: 2026-12-07",
          "Kommentar: Kunden hör dåligt, ring på länge.");
    }
  }

  @Test
  void whatIsNotKnownSaysSoAndWithoutAKeyThereIsNoKeyNumber() throws IOException {
    TunstallOrderForm form = new TunstallOrderForm(CASE, "Bo Ek", "194708123213", "Lillgatan 2", null,
        null, null, null, null, false, "N-1", "skåp", "Anna Admin", "Administratör HSL",
        LocalDate.of(2026, 11, 24), null, "  ");

    try (PDDocument document = Loader.loadPDF(TunstallOrderDocument.pdf(form))) {
      assertThat(PdfText.lines(document)).contains(
          "Postnummer: uppgift saknas",
          "Ort: uppgift saknas",
          "Telefon: uppgift saknas",
          "Portkod: uppgift saknas",
          "Hemvårdsområde: uppgift saknas",
          "Fysisk nyckel finns: Nej",
          "Nyckelnummer: –",
          "Nyckelposition: –",
          "Önskat installationsdatum: inget önskemål",
          "Kommentar: ingen");
    }
  }

  @Test
  void aLongCommentWrapsAndWhatTheFontCannotShowIsAQuestionMark() throws IOException {
    String comment = "Ingång från gården. ".repeat(20) + "Kontakt: Łukasz\noch 😀 dotter";
    TunstallOrderForm form = new TunstallOrderForm(CASE, "Bo Ek", "194708123213", "Lillgatan 2", null,
        null, null, null, null, false, null, null, "Anna Admin", "Administratör HSL",
        LocalDate.of(2026, 11, 24), null, comment);

    try (PDDocument document = Loader.loadPDF(TunstallOrderDocument.pdf(form))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s+", " ")).contains("Kommentar: Ingång från gården. Ingång",
          "Kontakt: ?ukasz och ? dotter");
      assertThat(PdfText.lines(document).stream().filter(line -> line.startsWith("Ingång"))).isNotEmpty();
    }
  }

  @Test
  void theFormIsFilledFromTheRegistryWithTheKeyHemtjanstHolds() {
    Brukare brukare = new Brukare(7, "194403052386", "Astrid Andersson", "070-1234567", 3, "Norra",
        null, true, true, LocalDate.of(2026, 11, 20), null, null, null, null);
    Household household = new Household(3, "Storgatan 1", "12345", "Helsingborg", "1234", false, null);
    LocalDateTime at = LocalDateTime.of(2026, 11, 21, 9, 0);
    List<Key> keys = List.of(
        new Key(1, 7, "L-1", KeyHolder.LARMGRUPP, KeyHolder.LARMGRUPP, "Larmskåp", at, null),
        new Key(2, 7, "H-2", KeyHolder.HEMTJANST, KeyHolder.HEMTJANST, "Nyckelskåp 3", at, null));

    TunstallOrderForm form = TunstallOrderForm.of(CASE, brukare, household, keys, "Karin Koordinator",
        "Koordinator", LocalDate.of(2026, 11, 23), null, null);

    assertThat(form).isEqualTo(new TunstallOrderForm(CASE, "Astrid Andersson", "194403052386", "Storgatan 1",
        "12345", "Helsingborg", "070-1234567", "1234", "Norra", true, "H-2", "Nyckelskåp 3",
        "Karin Koordinator", "Koordinator", LocalDate.of(2026, 11, 23), null, null));
    assertThat(TunstallOrderForm.of(CASE, brukare, household, List.of(), "Karin Koordinator", "Koordinator",
        LocalDate.of(2026, 11, 23), null, null))
        .extracting(TunstallOrderForm::fysiskNyckelFinns, TunstallOrderForm::nyckelnummer)
        .containsExactly(false, null);
  }

  @Test
  void aFormWithoutTheKundOrTheOrdererIsRefused() {
    assertThatThrownBy(() -> new TunstallOrderForm(CASE, " ", "194403052386", "Storgatan 1", null, null,
        null, null, null, false, null, null, "Karin", "Koordinator", LocalDate.of(2026, 11, 23), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kundNamn");
    assertThatThrownBy(() -> new TunstallOrderForm(CASE, "Astrid", "194403052386", "Storgatan 1", null, null,
        null, null, null, false, null, null, "Karin", "Koordinator", null, null, null))
        .isInstanceOf(NullPointerException.class);
  }

}

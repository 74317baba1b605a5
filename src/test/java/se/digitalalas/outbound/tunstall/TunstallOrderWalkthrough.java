package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * The Tunstall order in the whole service: TunstallOrders puts it in the outbox, the brukare's
 * record shows the message with its document's name (never its bytes), the mail goes out as this
 * environment sends mail ({@link #assertOrderMailed}), and the koordinator and administrators
 * download the PDF from /api/meddelanden/{id}/dokument while others are refused.
 */
interface TunstallOrderWalkthrough extends ServiceUnderTest {

  String GUNNAR = "193107071239";
  String HELGA = "193108081245";

  default TunstallOrders orders() {
    return bean(TunstallOrders.class);
  }

  default BrukareRegistrar registrar() {
    return bean(BrukareRegistrar.class);
  }

  default BrukareRegistry brukareRegistry() {
    return bean(BrukareRegistry.class);
  }

  default HouseholdRegistry households() {
    return bean(HouseholdRegistry.class);
  }

  default KeyRegistry keys() {
    return bean(KeyRegistry.class);
  }

  default OutgoingMessageRegistry messages() {
    return bean(OutgoingMessageRegistry.class);
  }

  /** The order's mail left as this environment sends mail (the record says so; GreenMail got it, where there is one). */
  void assertOrderMailed(long messageId, TunstallOrderForm form) throws Exception;

  @Test
  default void theOrderIsStoredWithItsPdfMailedAndDownloadableOnlyByTheKoordinatorWithWorkOnTheBrukare() throws Exception {
    long brukareId = brukare(GUNNAR, "Gunnar Beställning", "Blankettvägen 7");
    TunstallOrderForm form = form(brukareId);

    long messageId = orders().order(brukareId, form);

    JsonNode message = message(brukareId, messageId);
    assertThat(message.path("channel").asText()).isEqualTo("TUNSTALL_ORDER");
    assertThat(message.path("recipient").asText()).isEqualTo("bestallning@tunstall.example");
    assertThat(message.path("subject").asText()).isEqualTo("Beställning av digitalt lås – ärende "
        + form.caseReference() + " – Gunnar Beställning, Blankettvägen 7");
    assertThat(message.path("hasDocument").asBoolean()).isTrue();
    assertThat(message.path("documentFileName").asText())
        .isEqualTo("bestallning-digitalt-las-" + form.caseReference() + ".pdf");
    assertThat(message.has("document")).as("the bytes never travel in JSON").isFalse();
    assertThat(message.toString()).doesNotContain(GUNNAR, "19310707-1239");
    assertOrderMailed(messageId, form);

    HttpResponse<byte[]> administrator = download(admin(), messageId);
    assertThat(administrator.statusCode()).isEqualTo(200);
    assertThat(administrator.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(administrator.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"bestallning-digitalt-las-" + form.caseReference() + ".pdf\"");
    assertPdfIsTheForm(administrator.body(), form);

    HttpResponse<byte[]> koordinator = download(staff(StaffGroup.KOORDINATOR), messageId);
    assertThat(koordinator.statusCode()).as("a koordinator with no task on the brukare").isEqualTo(403);
    assertThat(new String(koordinator.body(), StandardCharsets.UTF_8)).contains(AccessDenied.NO_WORK_ON_BRUKARE);

    HttpResponse<byte[]> hemtjanst = download(staff(StaffGroup.HEMTJANSTUTFORARE), messageId);
    assertThat(hemtjanst.statusCode()).isEqualTo(403);
    assertThat(new String(hemtjanst.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"Forbidden\","
        + "\"message\":\"Bara avsändarens grupp och administratör får hämta meddelandets dokument\"}");
    assertThat(download(staff(StaffGroup.LARMHANDLAGGARE), messageId).statusCode()).isEqualTo(403);
    assertThat(download(null, messageId).statusCode()).isEqualTo(401);
  }

  @Test
  default void anUnknownMessageOrOneWithoutDocumentIs404() throws Exception {
    long brukareId = brukare(HELGA, "Helga Beställning", "Blankettvägen 9");
    long withoutDocument = messages().storeNotSent(new MessageContent(brukareId,
        MessageChannel.DIGITALA_LAS_MAIL, "digitala.las@kommun.example", "Ämne", "Text"), "test");

    for (long id : List.of(withoutDocument, 987_654_321L)) {
      HttpResponse<byte[]> reply = download(staff(StaffGroup.KOORDINATOR), id);
      assertThat(reply.statusCode()).isEqualTo(404);
      assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"NotFound\","
          + "\"message\":\"Meddelandet finns inte eller har inget dokument\"}");
    }
  }

  static void assertPdfIsTheForm(byte[] pdf, TunstallOrderForm form) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(PdfText.lines(document)).contains(
          "Beställning av digitalt lås – Tunstall",
          "Ärende: " + form.caseReference(),
          "Namn: " + form.kundNamn(),
          "Personnummer: " + form.personnummer().substring(0, 8) + "-" + form.personnummer().substring(8),
          "Adress: " + form.adress(),
          "Postnummer: 123 45",
          "Ort: Storstad",
          "Portkod: 1234",
          "Fysisk nyckel finns: Nej",
          "Beställare: Karin Koordinator",
          "Beställarens roll: Koordinator",
          "Beställningsdatum: 2026-11-23",
          "Önskat installationsdatum: 2026-12-07");
    }
  }

  private long brukare(String personnummer, String name, String street) {
    return brukareRegistry().findByPersonnummer(new Personnummer(personnummer)).map(Brukare::id)
        .orElseGet(() -> registrar().register(TestBrukare.at(personnummer, name, street)));
  }

  private TunstallOrderForm form(long brukareId) {
    Brukare brukare = brukareRegistry().require(brukareId);
    return TunstallOrderForm.of(bean(CaseReferences.class).next(), brukare,
        households().findById(brukare.householdId()).orElseThrow(),
        keys().forBrukare(brukareId), "Karin Koordinator", "Koordinator", LocalDate.of(2026, 11, 23),
        LocalDate.of(2026, 12, 7), "Ring på.");
  }

  private JsonNode message(long brukareId, long messageId) {
    for (JsonNode message : driver().registry(brukareId).path("outgoingMessages")) {
      if (message.path("id").asLong() == messageId) {
        return message;
      }
    }
    throw new AssertionError("no message " + messageId + " on the record of " + brukareId);
  }

  private HttpResponse<byte[]> download(Credentials who, long messageId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + port() + "/api/meddelanden/" + messageId + "/dokument"));
    if (who != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (who.userId() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

package se.digitalalas.routine.tunstallbestallning;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.tunstallbestallning.TunstallBestallning.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.digitalalas.process.deadlines.WorkingDays;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Download;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/** Routine 7 over REST as the demo users, with Tunstall's system confirming the installation. */
interface TunstallBestallningWalkthrough extends ServiceUnderTest {

  String MESSAGE = "TunstallInstallationKlar";

  @Test
  default void anApplicationAtTheKontaktcenterIsOrderedFromTunstallConfirmedByItsSystemAndTheLaskvittensFiled()
      throws Exception {
    String kund = TestPersonnummer.of(700);
    Reply started = driver().start(staff(StaffGroup.KOMMUNVAGLEDARE), PROCESS_ID,
        application(kund, "KONTAKTCENTER", "Tunstallvägen 1"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    String caseReference = started.json().path("businessKey").asText();
    assertThat(caseReference).matches(CaseReference.FORMAT).doesNotContain(kund.substring(2, 8));

    JsonNode informera = driver().task(StaffGroup.KOMMUNVAGLEDARE, kund, TASK_INFORMERA_OM_DIGITALA_LAS);
    driver().assertOnlyItsGroupMayComplete(StaffGroup.KOMMUNVAGLEDARE, informera, informed());
    driver().claimAndComplete(StaffGroup.KOMMUNVAGLEDARE, informera, informed());
    untilTheOrderIsSent(kund, StaffGroup.KOMMUNVAGLEDARE, true);

    JsonNode ordered = driver().registry(kund);
    assertThat(ordered.path("lock").path("lock").path("status").asText()).isEqualTo("ORDERED");
    assertThat(ordered.path("lock").path("lock").path("vendor").asText()).isEqualTo("TUNSTALL");
    long orderId = orderMessage(ordered).path("id").asLong();
    String pdf = pdfText(driver().rest().download(staff(StaffGroup.KOORDINATOR),
        "/api/meddelanden/" + orderId + "/dokument"));
    assertThat(pdf).contains("Tunstallvägen 1", kund.substring(0, 8), "T-600", "Skåp 1, krok 6",
        "Ärende: " + caseReference);
    assertThat(orderMessage(ordered).path("subject").asText()).contains("ärende " + caseReference);
    assertThat(driver().rest().download(staff(StaffGroup.HEMTJANSTUTFORARE), "/api/meddelanden/" + orderId
        + "/dokument").code()).isEqualTo(403);

    assertThat(confirm(vendor(VendorIntegration.TUNSTALL), "DL-1999-000001", "TS-600").code())
        .as("an unknown case reference").isEqualTo(404);
    assertThat(confirm(vendor(VendorIntegration.TUNSTALL), kund, "TS-600").code())
        .as("the personnummer names no case").isEqualTo(404);
    assertThat(confirm(staff(StaffGroup.KOORDINATOR), caseReference, "TS-600").code()).as("staff are not Tunstall")
        .isEqualTo(403);
    Reply confirmed = confirm(vendor(VendorIntegration.TUNSTALL), caseReference, "TS-600");
    assertThat(confirmed.code()).as(confirmed.json().toString()).isEqualTo(204);
    Reply again = confirm(vendor(VendorIntegration.TUNSTALL), caseReference, "TS-600");
    assertThat(again.code()).as("a repeated confirmation changes nothing").isEqualTo(404);
    assertThat(again.message()).startsWith("Inget ärende med den referensen väntar på " + MESSAGE);

    JsonNode hamta = driver().task(StaffGroup.HV_HSL_PERSONAL, kund, TASK_HAMTA_LASKVITTENS);
    JsonNode installed = driver().registry(kund);
    assertThat(installed.path("lock").path("lock").path("status").asText()).isEqualTo("INSTALLED");
    assertThat(installed.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("TS-600");
    driver().claimAndComplete(StaffGroup.HV_HSL_PERSONAL, hamta, Map.of(
        LASKVITTENS_HAMTAD.name(), variable(true, "Boolean"),
        LASLADA_FORVARINGSPLATS.name(), variable("Hatthyllan i hallen", "String")));
    driver().claimAndComplete(StaffGroup.HV_HSL_PERSONAL, kund, TASK_FORVARA_LASKVITTENS,
        Map.of(FORVARINGSPLATS.name(), variable("Pärm 2, Norra", "String")));

    driver().assertEndedAt(routineId, END_EVENT_LASKVITTENS_FORVARAD);
    JsonNode record = driver().registry(kund);
    assertThat(record.path("receipts")).singleElement().satisfies(receipt -> {
      assertThat(receipt.path("kind").asText()).isEqualTo("LASKVITTENS");
      assertThat(receipt.path("keptAt").asText()).isEqualTo("Pärm 2, Norra");
    });
    assertThat(record.path("notes").toString()).contains("Hatthyllan i hallen");
    assertThat(record.path("keys")).anySatisfy(key -> {
      assertThat(key.path("keyNumber").asText()).isEqualTo("T-600");
      assertThat(key.path("nyckelposition").asText()).isEqualTo("Skåp 1, krok 6");
    });
  }

  @Test
  default void theKoordinatorRegistersTheInstallationByHandTunstallsLateConfirmationIsHarmlessAndTheLaskvittensReminds() {
    String kund = TestPersonnummer.of(701);
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        application(kund, "MYNDIGHET", "Tunstallvägen 2"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String caseReference = started.json().path("businessKey").asText();
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, kund, TASK_INFORMERA_OM_DIGITALA_LAS, informed());
    untilTheOrderIsSent(kund, StaffGroup.BISTANDSHANDLAGGARE, false);

    driver().claimAndComplete(StaffGroup.KOORDINATOR, kund, TASK_REGISTRERA_TUNSTALL_INSTALLATION,
        Map.of(SERIENUMMER.name(), variable("TS-601", "String")));
    driver().task(StaffGroup.HV_HSL_PERSONAL, kund, TASK_HAMTA_LASKVITTENS);

    assertThat(confirm(vendor(VendorIntegration.TUNSTALL), caseReference, "TS-601").code()).isEqualTo(404);

    // the låskvittens reminder is a timer job, due 5 arbetsdagar later; the administrator runs it now
    String routineId = driver().task(StaffGroup.HV_HSL_PERSONAL, kund, TASK_HAMTA_LASKVITTENS)
        .path("processInstanceId").asText();
    JsonNode timer = driver().rest().get(admin(), "/engine-rest/job?processInstanceId=" + routineId
        + "&activityId=" + EVENT_LASKVITTENS_INTE_HAMTAD).json().get(0);
    assertThat(OffsetDateTime.parse(timer.path("dueDate").asText(), RoutineDriver.REST_DATE)
        .atZoneSameInstant(RoutineDriver.SERVICE_ZONE).toLocalDate())
        .isEqualTo(new WorkingDays().plusWorkingDays(today(), 5));
    assertThat(driver().rest().post(admin(), "/engine-rest/job/" + timer.path("id").asText() + "/execute", null)
        .code()).isEqualTo(204);
    driver().claimAndComplete(StaffGroup.HV_HSL_PERSONAL, kund, TASK_PAMINNELSE_LASKVITTENS,
        RestAnswers.uppfoljning("Hämtas vid torsdagens besök"));
    driver().task(StaffGroup.HV_HSL_PERSONAL, kund, TASK_HAMTA_LASKVITTENS);
    JsonNode record = driver().registry(kund);
    assertThat(record.path("lock").path("lock").path("status").asText()).isEqualTo("INSTALLED");
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("TS-601");
  }

  @Test
  default void anUnknownKanalIsRefusedAtTheStart() {
    String kund = TestPersonnummer.of(702);
    Reply refused = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        application(kund, "TELEFON", "Tunstallvägen 3"));

    assertThat(refused.code()).as(refused.json().toString()).isEqualTo(400);
    assertThat(refused.message()).startsWith("Kanal: ange MYNDIGHET");
    assertThat(driver().runningInstances(PROCESS_ID, kund)).isZero();
  }

  private void untilTheOrderIsSent(String kund, StaffGroup kanal, boolean withKey) {
    driver().claimAndComplete(kanal, kund, TASK_REGISTRERA_KONTAKTUPPGIFTER,
        Map.of(KONTAKTUPPGIFTER_REGISTRERADE.name(), variable(true, "Boolean")));
    driver().claimAndComplete(kanal, kund, TASK_STARTA_VERKSTALLIGHET,
        Map.of(VERKSTALLIGHET_STARTDATUM.name(), RestAnswers.day(today())));
    driver().claimAndComplete(StaffGroup.KOORDINATOR, kund, TASK_REGISTRERA_NYCKELPOSITION, withKey
        ? Map.of(FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"), NYCKELNUMMER.name(), variable("T-600", "String"),
            NYCKELPOSITION.name(), variable("Skåp 1, krok 6", "String"))
        : Map.of(FYSISKA_NYCKLAR_FINNS.name(), variable(false, "Boolean")));
    driver().claimAndComplete(StaffGroup.KOORDINATOR, kund, TASK_SKICKA_BESTALLNING, Map.of(
        BESTALLNING_SKICKAD.name(), variable(true, "Boolean"),
        KUND_INFORMERAD_OM_TUNSTALL.name(), variable(true, "Boolean")));
    driver().task(StaffGroup.KOORDINATOR, kund, TASK_REGISTRERA_TUNSTALL_INSTALLATION);
  }

  private Reply confirm(Credentials who, String businessKey, String serial) {
    return driver().rest().post(who, "/engine-rest/message", Map.of(
        "messageName", MESSAGE, "businessKey", businessKey,
        "processVariables", Map.of(SERIENUMMER.name(), variable(serial, "String"))));
  }

  private static JsonNode orderMessage(JsonNode record) {
    for (JsonNode message : record.path("outgoingMessages")) {
      if (message.path("channel").asText().equals("TUNSTALL_ORDER")) {
        return message;
      }
    }
    throw new AssertionError("no Tunstall order on " + record.path("outgoingMessages"));
  }

  private static String pdfText(Download download) throws Exception {
    assertThat(download.code()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(download.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static Map<String, Object> informed() {
    return Map.of(MUNTLIG_INFORMATION.name(), variable(true, "Boolean"),
        INFORMATIONSBREV_LAMNAT.name(), variable(true, "Boolean"),
        FRAGOR_OCH_SVAR_LAMNAT.name(), variable(true, "Boolean"));
  }

  private static Map<String, Object> application(String personnummer, String kanal, String adress) {
    return Map.of(KANAL.name(), variable(kanal, "String"),
        PERSONNUMMER.name(), variable(personnummer, "String"),
        NAMN.name(), variable("Tore Tunstall", "String"),
        ADRESS.name(), variable(adress, "String"),
        POSTNUMMER.name(), variable("123 50", "String"),
        ORT.name(), variable("Småstad", "String"),
        TELEFON.name(), variable("070-600 60 60", "String"),
        PORTKOD.name(), variable("6060", "String"));
  }
}

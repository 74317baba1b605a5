package se.digitalalas.routine.lasvrednykund;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasvrednykund.LasvredNyKund.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Download;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Ny kund med låsvred (PT) over REST as the demo users: the biståndshandläggare orders, the
 * provider orders the låsvred through the web order, Phoniro's mail (LasvredMonterat) reports it
 * mounted, the systemförvaltare links it; a customer from another municipality gets only the
 * billing basis; the web order's and the decision's reminders are timer jobs.
 */
interface LasvredNyKundWalkthrough extends ServiceUnderTest {

  String MESSAGE = "LasvredMonterat";

  @Test
  default void anOwnCustomersLasvredIsOrderedMountedByPhoniroLinkedAndTheKvittensproduktRemoved() throws Exception {
    String greta = TestPersonnummer.of(750);
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(greta, "Låsvredsvägen 1", Map.of()));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    String caseReference = started.json().path("businessKey").asText();
    assertThat(caseReference).matches(CaseReference.FORMAT);
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(greta, "Låsvredsvägen 1", Map.of())), "Det finns redan en pågående montering");

    JsonNode informera = driver().task(StaffGroup.BISTANDSHANDLAGGARE, greta, TASK_INFORMERA_KUND);
    driver().claim(StaffGroup.BISTANDSHANDLAGGARE, informera);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.BISTANDSHANDLAGGARE), informera,
        informed(today(), false)), "Bekräfta alla kontrollpunkter", UTFORARE_INFORMERAD.label());
    driver().assertStillOpen(informera);
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, informera, informed(today().plusDays(2), true));

    JsonNode bestall = driver().task(StaffGroup.HEMTJANSTUTFORARE, greta, TASK_BESTALL_LASVRED);
    assertThat(RoutineDriver.due(bestall).atZoneSameInstant(RoutineDriver.SERVICE_ZONE).toLocalDateTime())
        .as("due the morning after the first visit").isEqualTo(today().plusDays(3).atTime(8, 0));
    driver().assertOnlyItsGroupMayComplete(StaffGroup.HEMTJANSTUTFORARE, bestall, ordered("N-750"));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, bestall, ordered("N-750"));

    JsonNode beforeMounting = awaitWebOrder(greta);
    assertThat(BrukareRecord.lockStatus(beforeMounting)).isEqualTo("ORDERED");
    assertThat(beforeMounting.path("lock").path("lock").path("vendor").asText()).isEqualTo("PHONIRO");
    assertThat(beforeMounting.path("nfcTags").toString()).contains("takenDownAt\":null");
    assertThat(beforeMounting.path("keys")).anySatisfy(key -> assertThat(key.path("keyNumber").asText()).isEqualTo("N-750"));
    assertThat(beforeMounting.path("utforare").asText()).isEqualTo("Hemtjänst Norr AB");
    JsonNode webOrder = message(beforeMounting, "PHONIRO_WEB_ORDER");
    assertThat(webOrder.path("subject").asText()).contains("ärende " + caseReference).doesNotContain(greta);
    assertThat(webOrder.path("recipient").asText()).isEqualTo("weborder@phoniro.example");
    assertThat(pdfText(driver().rest().download(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/api/meddelanden/" + webOrder.path("id").asLong() + "/dokument")))
        .contains("Installation av låsvred – Phoniro", "Adress: Låsvredsvägen 1", "Nyckelnummer: N-750",
            "Utförare: Hemtjänst Norr AB", "Ärende: " + caseReference,
            "Personnummer: " + greta.substring(0, 8) + "-" + greta.substring(8));
    assertThat(driver().rest().download(staff(StaffGroup.SYSTEMFORVALTARE),
        "/api/meddelanden/" + webOrder.path("id").asLong() + "/dokument").code()).isEqualTo(403);

    Credentials phoniro = vendor(VendorIntegration.PHONIRO);
    assertThat(mounted(phoniro, "DL-1999-000001", "PH-750").code()).as("an unknown case reference").isEqualTo(404);
    assertThat(mounted(staff(StaffGroup.SYSTEMFORVALTARE), caseReference, "PH-750").code()).as("staff are not Phoniro")
        .isEqualTo(403);
    assertThat(mounted(vendor(VendorIntegration.TUNSTALL), caseReference, "PH-750").code()).as("nor is Tunstall")
        .isEqualTo(403);
    Reply withoutSerial = driver().rest().post(phoniro, "/engine-rest/message",
        Map.of("messageName", MESSAGE, "businessKey", caseReference));
    RoutineDriver.assertRefused(withoutSerial, "serienummer saknas");
    Reply confirmed = mounted(phoniro, caseReference, "PH-750");
    assertThat(confirmed.code()).as(confirmed.json().toString()).isEqualTo(204);
    Reply again = mounted(phoniro, caseReference, "PH-750");
    assertThat(again.code()).as("a repeated mail changes nothing").isEqualTo(404);
    assertThat(again.message()).startsWith("Inget ärende med den referensen väntar på " + MESSAGE);

    JsonNode koppla = driver().task(StaffGroup.SYSTEMFORVALTARE, greta, TASK_KOPPLA_KUND_TILL_LASVRED);
    JsonNode installed = driver().registry(greta);
    assertThat(BrukareRecord.lockStatus(installed)).isEqualTo("INSTALLED");
    assertThat(installed.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-750");
    assertThat(installed.path("lock").path("linkedBrukare")).as("linked only by the systemförvaltare").isEmpty();
    driver().claim(StaffGroup.SYSTEMFORVALTARE, koppla);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.SYSTEMFORVALTARE), koppla, Map.of()),
        "Koppla kunden till låsvredet i Phoniro Care");
    driver().claimAndComplete(StaffGroup.SYSTEMFORVALTARE, koppla,
        Map.of(KUND_KOPPLAD_TILL_LASVRED.name(), variable(true, "Boolean")));
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, greta, TASK_TA_BORT_KVITTENSPRODUKT,
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_LASVRED_KOPPLAT);
    JsonNode record = driver().registry(greta);
    assertThat(BrukareRecord.linkedPersonnummer(record)).containsExactly(greta);
    assertThat(record.path("nfcTags").toString()).doesNotContain("takenDownAt\":null");
    assertThat(record.path("notes").toString()).contains("Låsvred från Phoniro monterat (serienummer PH-750)");
  }

  @Test
  default void aCustomerPlacedByAnotherMunicipalityGetsNoLasvredAndSocialkontoretTheBillingBasis() throws Exception {
    String olle = TestPersonnummer.of(751);
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(olle, "Kommungränsen 2", Map.of(ANNAN_KOMMUN.name(), variable(true, "Boolean")))), "Hemkommun saknas");
    assertThat(driver().runningInstances(PROCESS_ID, olle)).isZero();

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(olle, "Kommungränsen 2", Map.of(ANNAN_KOMMUN.name(), variable(true, "Boolean"),
            HEMKOMMUN.name(), variable("Danderyds kommun", "String"))));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    JsonNode underlag = driver().task(StaffGroup.HEMTJANSTUTFORARE, olle, TASK_SKICKA_FAKTURERINGSUNDERLAG);
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, underlag);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), underlag, Map.of()),
        "Lägg kunden på en egen rad på hemtjänstfakturan");
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, underlag, Map.of(
        FAKTURERINGSRAD_LAGD.name(), variable(true, "Boolean"),
        FAKTURERINGSKOMMENTAR.name(), variable("Från första december", "String")));

    driver().assertEndedAt(routineId, END_EVENT_ANNAN_KOMMUN);
    JsonNode record = driver().registry(olle);
    assertThat(record.path("brukare").path("hemkommun").asText()).isEqualTo("Danderyds kommun");
    assertThat(BrukareRecord.lockStatus(record)).as("no låsvred").isEqualTo("none");
    assertThat(record.path("nfcTags")).as("no kvittensprodukt").isEmpty();
    assertThat(record.path("notes").toString()).contains("Uppdraget kommer från Danderyds kommun");
    JsonNode basis = message(record, "BILLING_BASIS");
    assertThat(basis.path("recipient").asText()).isEqualTo("fakturering.socialkontoret@kommun.example");
    assertThat(pdfText(driver().rest().download(staff(StaffGroup.SYSTEMFORVALTARE),
        "/api/meddelanden/" + basis.path("id").asLong() + "/dokument")))
        .contains("Hemkommun: Danderyds kommun", "Kommentar: Från första december", "Utförare: Hemtjänst Norr AB");
  }

  @Test
  default void aCohabitantOfAHouseholdWithALasvredIsLinkedToItWithoutAWebOrder() {
    String anna = TestPersonnummer.of(753);
    String nils = TestPersonnummer.of(754);
    Installed installed = new MonteringWalk(driver()).installLock(Order.of(anna, "Anna Sambo", "Sambovägen 5"), "PH-7530");
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, order(nils, "Sambovägen 5",
        Map.of(POSTNUMMER.name(), variable("123 46", "String"), ORT.name(), variable("Småstad", "String"))));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);

    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, nils, TASK_INFORMERA_KUND, informed(today(), true));

    driver().assertEndedAt(started.json().path("id").asText(), END_EVENT_LAS_FINNS_REDAN);
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(BrukareRecord.linkedPersonnummer(record)).containsExactlyInAnyOrder(anna, nils);
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-7530");
    assertThat(driver().registry(nils).path("outgoingMessages").toString()).doesNotContain("PHONIRO_WEB_ORDER");
  }

  @Test
  default void theWebOrdersAndTheDecisionsRemindersAreTimerJobs() {
    String stina = TestPersonnummer.of(752);
    LocalDate slutdatum = today().plusDays(60);
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(stina, "Påminnelsegränd 3", Map.of(BESLUT_SLUTDATUM.name(), RestAnswers.day(today().minusDays(1))))),
        "Beslutets slutdatum har redan passerat");
    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        order(stina, "Påminnelsegränd 3", Map.of(BESLUT_SLUTDATUM.name(), RestAnswers.day(slutdatum))));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    JsonNode followUpTimer = timer(routineId, EVENT_INNAN_BESLUTET_SLUTAR);
    assertThat(dueAt(followUpTimer)).as("30 days ahead, at 08:00").isEqualTo(slutdatum.minusDays(30).atTime(8, 0));
    execute(followUpTimer);
    JsonNode uppfoljning = driver().task(StaffGroup.BISTANDSHANDLAGGARE, stina, TASK_UPPFOLJNING_AV_BESLUT);
    driver().claim(StaffGroup.BISTANDSHANDLAGGARE, uppfoljning);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.BISTANDSHANDLAGGARE), uppfoljning,
        Map.of(UPPFOLJNINGSBESLUT.name(), variable("KANSKE", "String"))), "Uppföljningen: välj");
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, uppfoljning, Map.of(
        UPPFOLJNINGSBESLUT.name(), variable("NY_UTREDNING", "String"),
        UPPFOLJNINGSKOMMENTAR.name(), variable("Nytt beslut fördelat.", "String")));

    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, stina, TASK_INFORMERA_KUND, informed(today(), true));
    JsonNode webOrderTimer = timer(routineId, EVENT_WEBBESTALLNING_INTE_GJORD);
    assertThat(dueAt(webOrderTimer)).isEqualTo(today().plusDays(1).atTime(8, 0));
    execute(webOrderTimer);
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, stina, TASK_PAMINNELSE_WEBBESTALLNING,
        RestAnswers.uppfoljning("Beställs i eftermiddag"));
    driver().task(StaffGroup.HEMTJANSTUTFORARE, stina, TASK_BESTALL_LASVRED);

    assertThat(driver().registry(stina).path("notes").toString())
        .contains("Uppföljning av beslut: ny utredning skriven och nytt beslut fördelat. Nytt beslut fördelat.");
  }

  private JsonNode awaitWebOrder(String personnummer) {
    return await().atMost(Duration.ofSeconds(30))
        .until(() -> driver().registry(personnummer), record -> hasMessage(record, "PHONIRO_WEB_ORDER"));
  }

  private JsonNode timer(String routineId, String activityId) {
    JsonNode jobs = driver().rest().get(admin(), "/engine-rest/job?processInstanceId=" + routineId
        + "&activityId=" + activityId).json();
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private void execute(JsonNode job) {
    assertThat(driver().rest().post(admin(), "/engine-rest/job/" + job.path("id").asText() + "/execute", null).code())
        .isEqualTo(204);
  }

  private static LocalDateTime dueAt(JsonNode job) {
    return OffsetDateTime.parse(job.path("dueDate").asText(), RoutineDriver.REST_DATE)
        .atZoneSameInstant(RoutineDriver.SERVICE_ZONE).toLocalDateTime();
  }

  private Reply mounted(Credentials who, String businessKey, String serial) {
    return driver().rest().post(who, "/engine-rest/message", Map.of(
        "messageName", MESSAGE, "businessKey", businessKey,
        "processVariables", Map.of(SERIENUMMER.name(), variable(serial, "String"))));
  }

  private static boolean hasMessage(JsonNode record, String channel) {
    for (JsonNode message : record.path("outgoingMessages")) {
      if (message.path("channel").asText().equals(channel)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode message(JsonNode record, String channel) {
    for (JsonNode message : record.path("outgoingMessages")) {
      if (message.path("channel").asText().equals(channel)) {
        return message;
      }
    }
    throw new AssertionError("no " + channel + " on " + record.path("outgoingMessages"));
  }

  private static String pdfText(Download download) throws Exception {
    assertThat(download.code()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(download.body())) {
      return String.join("\n", PdfText.lines(document));
    }
  }

  private static Map<String, Object> informed(LocalDate forstaBesok, boolean utforareInformerad) {
    return Map.of(KUND_INFORMERAD_MUNTLIGT.name(), variable(true, "Boolean"),
        KUND_INFORMERAD_SKRIFTLIGT.name(), variable(true, "Boolean"),
        EN_NYCKEL_PER_UTFORARE.name(), variable(true, "Boolean"),
        UTFORARE_INFORMERAD.name(), variable(utforareInformerad, "Boolean"),
        FORSTA_BESOK.name(), RestAnswers.day(forstaBesok));
  }

  private static Map<String, Object> ordered(String nyckelnummer) {
    return Map.of(WEBBESTALLNING_GJORD.name(), variable(true, "Boolean"),
        NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean"),
        FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
        NYCKELNUMMER.name(), variable(nyckelnummer, "String"));
  }

  private static Map<String, Object> order(String personnummer, String adress, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        PERSONNUMMER.name(), variable(personnummer, "String"),
        NAMN.name(), variable("Greta Låsvred", "String"),
        ADRESS.name(), variable(adress, "String"),
        POSTNUMMER.name(), variable("182 30", "String"),
        ORT.name(), variable("Danderyd", "String"),
        TELEFON.name(), variable("070-750 75 00", "String"),
        PORTKOD.name(), variable("7500", "String"),
        UTFORARE.name(), variable("Hemtjänst Norr AB", "String"),
        INSATS_HEMTJANST.name(), variable(true, "Boolean"),
        BESLUTSDATUM.name(), RestAnswers.day(today())));
    variables.putAll(more);
    return variables;
  }
}

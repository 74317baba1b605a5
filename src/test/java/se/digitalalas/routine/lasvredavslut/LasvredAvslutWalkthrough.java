package se.digitalalas.routine.lasvredavslut;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasvredavslut.LasvredAvslut.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Download;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Avslut av kund – låsvred (PT), walked through the REST API by the demo users for kunder whose
 * Phoniro låsvred routine 1 installed: berit ends the kund, hanna orders the removal through the web
 * order (a PDF in the outbox to Phoniro) and collects the kvittensprodukt, Phoniro's system confirms
 * with AvinstallationUtford, sven removes the link and the låsvred is REMOVED. And: the trygghetslarm
 * stays, a låsvred shared with a cohabitant, and what is refused.
 */
interface LasvredAvslutWalkthrough extends ServiceUnderTest {

  String MESSAGE = "AvinstallationUtford";

  @Test
  default void theRemovalIsOrderedThroughTheWebOrderPhoniroConfirmsAndTheSystemforvaltareRemovesTheLink()
      throws Exception {
    String kerstin = TestPersonnummer.of(820);
    Installed installed = new MonteringWalk(driver())
        .installLock(Order.of(kerstin, "Kerstin Avslut", "Avslutsvägen 1"), "PH-8001");
    // what REST cannot set up: a kvittensprodukt up again (PT: used from the first visit) and a registered provider
    bean(NfcTagRegistry.class).putUp(installed.brukareId(), LocalDateTime.now());
    bean(UtforareRegistry.class).change(installed.brukareId(), "Hemtjänst Norra", "Omsorg Söder", "Testet");

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, avslut(kerstin, false));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    String caseReference = started.json().path("businessKey").asText();
    assertThat(caseReference).matches(CaseReference.FORMAT);
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        avslut(kerstin, false)), "Det finns redan ett pågående avslut av kund för brukaren");

    JsonNode bestall = driver().task(StaffGroup.HEMTJANSTUTFORARE, kerstin, TASK_BESTALL_AVINSTALLATION);
    driver().assertForbiddenToComplete(StaffGroup.SYSTEMFORVALTARE, bestall, ordered(true));
    driver().claim(StaffGroup.HEMTJANSTUTFORARE, bestall);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.HEMTJANSTUTFORARE), bestall, ordered(false)),
        "Bekräfta alla kontrollpunkter", NFC_ETIKETT_NEDTAGEN.label());
    driver().assertStillOpen(bestall);
    assertThat(webOrders(driver().registry(kerstin))).as("nothing ordered on a refusal").isEmpty();
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, bestall, ordered(true));

    JsonNode ordered = driver().registry(kerstin);
    assertThat(webOrders(ordered)).singleElement().satisfies(order -> {
      assertThat(order.path("subject").asText())
          .isEqualTo("Webbeställning: avinstallation av låsvred – ärende " + caseReference
              + " – Kerstin Avslut, Avslutsvägen 1");
      assertThat(order.path("hasDocument").asBoolean()).isTrue();
      assertThat(order.path("documentFileName").asText())
          .isEqualTo("webbestallning-avinstallation-" + caseReference + ".pdf");
    });
    assertThat(ordered.path("nfcTags")).as("the kvittensprodukt collected")
        .allSatisfy(tag -> assertThat(tag.path("takenDownAt").isTextual()).as(tag.toString()).isTrue());
    String keyNumber = ordered.path("lock").path("lock").path("keyNumber").asText();
    assertThat(keyNumber).isNotBlank();
    String pdf = pdfText(driver().rest().download(staff(StaffGroup.HEMTJANSTUTFORARE),
        "/api/meddelanden/" + webOrders(ordered).get(0).path("id").asLong() + "/dokument"));
    assertThat(pdf).contains("Avinstallation av låsvred – Phoniro", "Kerstin Avslut", kerstin.substring(0, 8),
        "Avslutsvägen 1", "Serienummer: PH-8001", "Nyckelnummer: " + keyNumber, "Utförare: Omsorg Söder",
        "(" + staff(StaffGroup.HEMTJANSTUTFORARE).userId() + ")", "Ärende: " + caseReference);
    assertThat(BrukareRecord.lockStatus(ordered)).as("on the door until Phoniro confirms").isEqualTo("INSTALLED");

    waitsForPhoniro(routineId);
    assertThat(confirm(vendor(VendorIntegration.PHONIRO), "DL-1999-000001").code()).as("an unknown case")
        .isEqualTo(404);
    assertThat(confirm(vendor(VendorIntegration.PHONIRO), kerstin).code()).as("the personnummer names no case")
        .isEqualTo(404);
    assertThat(confirm(staff(StaffGroup.SYSTEMFORVALTARE), caseReference).code()).as("staff are not Phoniro")
        .isEqualTo(403);
    Reply confirmed = confirm(vendor(VendorIntegration.PHONIRO), caseReference);
    assertThat(confirmed.code()).as(confirmed.json().toString()).isEqualTo(204);
    JsonNode taBort = driver().task(StaffGroup.SYSTEMFORVALTARE, kerstin, TASK_TA_BORT_KOPPLING);
    JsonNode confirmedRecord = BrukareRecord.withoutMessages(driver().registry(kerstin));
    Reply again = confirm(vendor(VendorIntegration.PHONIRO), caseReference);
    assertThat(again.code()).as("a repeated confirmation").isEqualTo(404);
    assertThat(again.message()).startsWith("Inget ärende med den referensen väntar på " + MESSAGE);
    assertThat(BrukareRecord.withoutMessages(driver().registry(kerstin))).as("nothing changes")
        .isEqualTo(confirmedRecord);
    assertThat(driver().tasks(staff(StaffGroup.SYSTEMFORVALTARE), kerstin, TASK_TA_BORT_KOPPLING)).hasSize(1);

    driver().claim(StaffGroup.SYSTEMFORVALTARE, taBort);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.SYSTEMFORVALTARE), taBort, Map.of()),
        "Bekräfta alla kontrollpunkter", KOPPLING_BORTTAGEN.label());
    driver().assertStillOpen(taBort);
    driver().claimAndComplete(StaffGroup.SYSTEMFORVALTARE, taBort,
        Map.of(KOPPLING_BORTTAGEN.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_LASVRED_AVINSTALLERAT);
    JsonNode record = driver().registry(kerstin);
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("none");
    assertThat(record.path("lockHistory")).singleElement().satisfies(link -> {
      assertThat(link.path("lock").path("serialNumber").asText()).isEqualTo("PH-8001");
      assertThat(link.path("lock").path("status").asText()).isEqualTo("REMOVED");
      assertThat(link.path("lock").path("removedOn").asText()).isEqualTo(today().toString());
      assertThat(link.path("unlinkedAt").isTextual()).isTrue();
    });
    assertThat(record.path("notes").toString())
        .contains("Låsvred (serienummer PH-8001) avinstallerat av Phoniro, kopplingen till kunden borttagen " + today());
    assertThat(confirm(vendor(VendorIntegration.PHONIRO), caseReference).code()).as("after the end").isEqualTo(404);
  }

  @Test
  default void theTrygghetslarmStaysTheProviderIsToldAndTheLasvredStays() {
    String lennart = TestPersonnummer.of(821);
    Installed installed = new MonteringWalk(driver())
        .installLock(Order.of(lennart, "Lennart Larmkvar", "Avslutsvägen 2"), "PH-8011");
    JsonNode before = driver().registry(installed.brukareId());

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, avslut(lennart, true));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    JsonNode informera = driver().task(StaffGroup.BISTANDSHANDLAGGARE, lennart, TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR);
    driver().claim(StaffGroup.BISTANDSHANDLAGGARE, informera);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.BISTANDSHANDLAGGARE), informera,
        Map.of(UTFORARE_INFORMERAD.name(), variable(false, "Boolean"))), UTFORARE_INFORMERAD.label());
    driver().assertStillOpen(informera);
    driver().claimAndComplete(StaffGroup.BISTANDSHANDLAGGARE, informera,
        Map.of(UTFORARE_INFORMERAD.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_LASET_SITTER_KVAR);
    JsonNode record = driver().registry(installed.brukareId());
    assertThat(record.path("lock")).as("the låsvred as it was").isEqualTo(before.path("lock"));
    assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
    assertThat(record.path("notes").toString()).contains(
        "Avslut av kund med trygghetslarmet kvar: låsvredet sitter kvar. Utföraren är informerad om att låsvredet "
            + "inte ska nedmonteras.");
    assertThat(webOrders(record)).isEmpty();
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), lennart, TASK_BESTALL_AVINSTALLATION)).isEmpty();
  }

  @Test
  default void aLasvredSharedWithACohabitantIsNotOrderedRemovedOnlyTheLeavingKundIsUnlinked() {
    String address = "Avslutsvägen 3";
    String maj = TestPersonnummer.of(822);
    String nils = TestPersonnummer.of(823);
    MonteringWalk montering = new MonteringWalk(driver());
    montering.installLock(Order.of(maj, "Maj Delad", address), "PH-8021");
    montering.linkToTheHouseholdsLock(Order.of(nils, "Nils Delad", address));

    Reply started = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID, avslut(maj, false));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();

    driver().claimAndComplete(StaffGroup.SYSTEMFORVALTARE, maj, TASK_TA_BORT_KOPPLING,
        Map.of(KOPPLING_BORTTAGEN.name(), variable(true, "Boolean")));

    driver().assertEndedAt(routineId, END_EVENT_BRUKARE_FRANKOPPLAD);
    assertThat(driver().tasks(staff(StaffGroup.HEMTJANSTUTFORARE), maj, TASK_BESTALL_AVINSTALLATION)).isEmpty();
    JsonNode majs = driver().registry(maj);
    assertThat(webOrders(majs)).as("no removal ordered for a låsvred that stays").isEmpty();
    assertThat(BrukareRecord.lockStatus(majs)).isEqualTo("INSTALLED");
    assertThat(BrukareRecord.linkedPersonnummer(majs)).containsExactly(nils);
    JsonNode nilsRecord = driver().registry(nils);
    assertThat(BrukareRecord.lockStatus(nilsRecord)).isEqualTo("INSTALLED");
    assertThat(BrukareRecord.linkedPersonnummer(nilsRecord)).containsExactly(nils);
  }

  @Test
  default void anUnknownKundAKundWithoutALasvredAndAnUnansweredTrygghetslarmAreRefusedAndNothingStarts() {
    long running = driver().runningInstances(PROCESS_ID);
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        avslut(TestPersonnummer.of(824), false)), "brukaren finns inte i registret");

    String utanLas = TestPersonnummer.of(825);
    new MonteringWalk(driver()).registerWithoutLock(Order.of(utanLas, "Ulla Utanlås", "Avslutsvägen 5"));
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        avslut(utanLas, false)), "inget låsvred från Phoniro kopplat i registret");
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        Map.of(PERSONNUMMER.name(), variable(utanLas, "String"))), "Trygghetslarmet är kvar: svara ja eller nej");
    Reply byHemtjanst = driver().start(staff(StaffGroup.HEMTJANSTUTFORARE), PROCESS_ID, avslut(utanLas, true));
    assertThat(byHemtjanst.code()).as("only the biståndshandläggare starts it: " + byHemtjanst.json())
        .isBetween(400, 499);

    assertThat(driver().runningInstances(PROCESS_ID)).isEqualTo(running);
    assertThat(driver().runningInstances(PROCESS_ID, utanLas)).isZero();
  }

  /** The start, as Tasklist's start form or an integration sends it. */
  private static Map<String, Object> avslut(String personnummer, boolean trygghetslarmKvar) {
    return Map.of(PERSONNUMMER.name(), variable(personnummer, "String"),
        TRYGGHETSLARM_KVAR.name(), variable(trygghetslarmKvar, "Boolean"));
  }

  private static Map<String, Object> ordered(boolean kvittensproduktHamtad) {
    return Map.of(WEBBESTALLNING_GJORD.name(), variable(true, "Boolean"),
        NFC_ETIKETT_NEDTAGEN.name(), variable(kvittensproduktHamtad, "Boolean"),
        SYSTEMFORVALTARE_INFORMERAD.name(), variable(true, "Boolean"));
  }

  private Reply confirm(Credentials who, String businessKey) {
    return driver().rest().post(who, "/engine-rest/message", Map.of("messageName", MESSAGE, "businessKey", businessKey));
  }

  /** The order's job has moved the case to Event_AvinstallationUtford: only now may Phoniro's message come. */
  private void waitsForPhoniro(String routineId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> driver().rest().get(admin(),
        "/engine-rest/event-subscription?processInstanceId=" + routineId + "&eventName=" + MESSAGE).json().size() == 1);
  }

  private static List<JsonNode> webOrders(JsonNode record) {
    List<JsonNode> orders = new ArrayList<>();
    record.path("outgoingMessages").forEach(message -> {
      if (message.path("channel").asText().equals("PHONIRO_WEB_ORDER")) {
        orders.add(message);
      }
    });
    return orders;
  }

  private static String pdfText(Download download) throws Exception {
    assertThat(download.code()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(download.body())) {
      return new PDFTextStripper().getText(document);
    }
  }
}

package se.digitalalas.routine.sammanboende;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.sammanboende.Sammanboende.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;
import static se.digitalalas.testsupport.RoutineDriver.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.BrukareRecord;
import se.digitalalas.testsupport.EngineRestClient.Download;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Installed;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.NedmonteringWalk;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * Sammanboende (LKP) through REST as the demo users: ville (verksamhet) orders, arranges the
 * verkställd insats, the ticket goes to välfärdsteknik in Lindesk, a montör installs the unit when
 * there is none, vera links both; then the cohabitants leave one by one (routines 2 and 4, in both
 * orders): the first out is only unlinked, the last out has the lock removed. And the refusals at
 * the start, with nothing left behind.
 */
interface SammanboendeWalkthrough extends ServiceUnderTest {

  /** MonteringWalk's postnummer and ort, so that a routine 1 household and an order here are one. */
  String POSTNUMMER_ = "123 46";
  String ORT_ = "Småstad";
  String KONTAKT = "Anhörig Lena Samtidig, 070-111 85 00";

  @Test
  default void bothAtOnceGetOneUnitInstalledAndLinkedAndTheOneLinkedLastLeavesFirst() throws Exception {
    String pia = TestPersonnummer.of(850);
    String per = TestPersonnummer.of(851);
    String address = "Sammanbovägen 850";

    Reply started = driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        samtidigt(pia, "Pia Samtidig", per, "Per Samtidig", address, "8512"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String order = started.json().path("id").asText();
    String caseReference = started.json().path("businessKey").asText();
    assertThat(caseReference).startsWith("DL-");

    JsonNode ordna = driver().task(StaffGroup.VERKSAMHET, pia, TASK_ORDNA_VERKSTALLD_INSATS);
    assertThat(taskVariable(ordna, SAKNAR_VERKSTALLD_INSATS.name())).isEqualTo("Pia Samtidig och Per Samtidig");
    driver().assertOnlyItsGroupMayComplete(StaffGroup.VERKSAMHET, ordna, verkstalld(true, today().minusDays(10)));
    driver().claim(StaffGroup.VERKSAMHET, ordna);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.VERKSAMHET), ordna,
        verkstalld(false, today().minusDays(10))), "insatsen verkställd");
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.VERKSAMHET), ordna,
        verkstalld(true, today().plusDays(1))), "Verkställighetens startdatum");
    driver().assertStillOpen(ordna);
    assertThat(driver().complete(staff(StaffGroup.VERKSAMHET), ordna, verkstalld(true, today().minusDays(10))).code())
        .isEqualTo(204);

    JsonNode piasRecord = driver().registry(pia);
    JsonNode ticket = message(piasRecord, "LINDESK_TICKET");
    assertThat(ticket.path("recipient").asText()).isEqualTo("vof.valfardsteknik@kommun.example");
    assertThat(ticket.path("subject").asText()).contains("Ny digital låsenhet till sammanboende",
        "ärende " + caseReference, address);
    assertThat(ticket.path("state").asText()).isIn("NOT_SENT", "PENDING", "SENDING", "SENT");
    for (String secret : List.of(pia, per, formatted(pia), formatted(per), "8512")) {
      assertThat(ticket.path("subject").asText() + ticket.path("body").asText()).doesNotContain(secret);
    }
    String pdf = pdfText(driver().rest().download(staff(StaffGroup.VALFARDSTEKNIK), document(ticket)));
    assertThat(pdf).contains("Sammanboende med digital låsenhet – Lindesk", "Kategori: Vård, Stöd och Omsorg – Välfärdsteknik",
        "Namn: Pia Samtidig", "Personnummer: " + formatted(pia), "Namn: Per Samtidig", "Personnummer: " + formatted(per),
        "Adress: " + address, "Kontakt för tidsbokning: " + KONTAKT, "Ärende: " + caseReference,
        "Befintlig låsenhet: ingen: låsenhet ska monteras, boka tid för installation",
        "Portkod: krävs för ytterporten").doesNotContain("8512");
    assertThat(driver().rest().download(staff(StaffGroup.VERKSAMHET), document(ticket)).code())
        .as("the verksamhet, who had the task on Pia").isEqualTo(200);
    assertThat(driver().rest().download(staff(StaffGroup.HEMTJANSTUTFORARE), document(ticket)).code()).isEqualTo(403);

    driver().claimAndComplete(StaffGroup.MONTOR, pia, LasInstallation.TASK_BOKA_INSTALLATION,
        Map.of(BOKAD_TID.name(), RestAnswers.time(OffsetDateTime.now(RoutineDriver.SERVICE_ZONE).plusDays(1).withNano(0))));
    driver().claimAndComplete(StaffGroup.MONTOR, pia, LasInstallation.TASK_INSTALLERA_LAS,
        RestAnswers.installation("PH-8501"));

    JsonNode koppla = driver().task(StaffGroup.VALFARDSTEKNIK, pia, TASK_KOPPLA_SAMMANBOENDE);
    assertThat(taskVariable(StaffGroup.VALFARDSTEKNIK, koppla, SERIENUMMER.name())).isEqualTo("PH-8501");
    driver().claim(StaffGroup.VALFARDSTEKNIK, koppla);
    RoutineDriver.assertRefused(driver().complete(staff(StaffGroup.VALFARDSTEKNIK), koppla, Map.of(
        KOPPLAT_I_TES.name(), variable(true, "Boolean"),
        INVENTARIELISTA_UPPDATERAD.name(), variable(true, "Boolean"))), ARENDE_BESVARAT.label());
    assertThat(BrukareRecord.linkedPersonnummer(driver().registry(pia))).as("nobody linked by a refused answer")
        .containsExactly(pia);
    assertThat(driver().complete(staff(StaffGroup.VALFARDSTEKNIK), koppla, linked()).code()).isEqualTo(204);

    driver().assertEndedAt(order, END_EVENT_SAMMANKOPPLAD);
    driver().assertEndedAt(driver().calledInstance(order), LasInstallation.END_EVENT_LAS_INSTALLERAT);
    for (String cohabitant : List.of(pia, per)) {
      JsonNode record = driver().registry(cohabitant);
      assertThat(BrukareRecord.lockStatus(record)).isEqualTo("INSTALLED");
      assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo("PH-8501");
      assertThat(BrukareRecord.linkedPersonnummer(record)).as("the inventory: the unit serves both")
          .containsExactly(pia, per);
      assertThat(record.path("brukare").path("insatsHemtjanst").asBoolean()).isTrue();
      assertThat(record.path("brukare").path("verkstallighetHemtjanstStart").asText())
          .isEqualTo(today().minusDays(10).toString());
    }
    assertThat(notes(driver().registry(pia))).anySatisfy(note -> assertThat(note).startsWith(
        "Sammanboende: knuten till hushållets digitala låsenhet (serienummer PH-8501) tillsammans med Per Samtidig")
        .contains(caseReference));
    assertThat(notes(driver().registry(per))).anySatisfy(note -> assertThat(note)
        .startsWith("Sammanboende: knuten till hushållets digitala låsenhet (serienummer PH-8501) tillsammans med Pia Samtidig"));

    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    String perLeaves = nedmontering.cancel(per);
    closeHemtjanst(per);
    driver().assertEndedAt(perLeaves, NedmonteringBistandsbedomd.END_EVENT_BRUKARE_FRANKOPPLAD);
    JsonNode persRecord = driver().registry(per);
    assertThat(BrukareRecord.lockStatus(persRecord)).as("the household's unit, still on the door").isEqualTo("INSTALLED");
    assertThat(persRecord.path("lockHistory")).singleElement()
        .satisfies(link -> assertThat(link.path("unlinkedAt").isTextual()).as(link.toString()).isTrue());
    assertThat(BrukareRecord.linkedPersonnummer(driver().registry(pia))).as("Pia keeps her insatser and the unit")
        .containsExactly(pia);
    assertThat(BrukareRecord.lockStatus(driver().registry(pia))).isEqualTo("INSTALLED");

    String piaLeaves = nedmontering.cancel(pia);
    closeHemtjanst(pia);
    nedmontering.takeDown(pia);
    driver().assertEndedAt(piaLeaves, NedmonteringBistandsbedomd.END_EVENT_LAS_NEDMONTERAT);
    driver().assertEndedAt(driver().calledInstance(piaLeaves), LasNedmontering.END_EVENT_LAS_NEDMONTERAT);
    for (String cohabitant : List.of(pia, per)) {
      JsonNode record = driver().registry(cohabitant);
      assertThat(BrukareRecord.lockStatus(record)).isEqualTo("none");
      assertThat(record.path("lockHistory").get(0).path("lock").path("status").asText()).isEqualTo("REMOVED");
    }
  }

  @Test
  default void aCohabitantJoinsAnInstalledUnitAndTheBrukareWhoHadItLeavesFirst() throws Exception {
    String rut = TestPersonnummer.of(852);
    String sam = TestPersonnummer.of(853);
    String address = "Sammanbovägen 852";
    Installed rutsLock = new MonteringWalk(driver())
        .installLock(Order.of(rut, "Rut Befintlig", address).onlyTrygghetslarm(), "PH-8521");

    Reply started = driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        tillkommande(sam, "Sam Tillkommande", address, rut, "rut  befintlig"));
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String order = started.json().path("id").asText();

    // routine 1 leaves no verkställighet date in the registry, so both need the verksamhet's confirmation
    JsonNode ordna = driver().task(StaffGroup.VERKSAMHET, sam, TASK_ORDNA_VERKSTALLD_INSATS);
    assertThat(taskVariable(ordna, SAKNAR_VERKSTALLD_INSATS.name())).isEqualTo("Sam Tillkommande och Rut Befintlig");
    driver().claimAndComplete(StaffGroup.VERKSAMHET, ordna, verkstalld(true, today().minusDays(5)));

    JsonNode ticket = message(driver().registry(sam), "LINDESK_TICKET");
    assertThat(ticket.path("subject").asText()).contains("Sammankoppling med befintlig låsenhet");
    assertThat(pdfText(driver().rest().download(staff(StaffGroup.VALFARDSTEKNIK), document(ticket))))
        .contains("Tillkommande sammanboende", "Namn: Sam Tillkommande", "Befintlig brukare", "Namn: Rut Befintlig",
            "Personnummer: " + formatted(rut), "Befintlig låsenhet: serienummer PH-8521",
            "Beställningen gäller: Tillkommande sammanboende till befintlig brukares låsenhet");
    JsonNode koppla = driver().task(StaffGroup.VALFARDSTEKNIK, sam, TASK_KOPPLA_SAMMANBOENDE);
    assertThat(taskVariable(StaffGroup.VALFARDSTEKNIK, koppla, SERIENUMMER.name())).as("the unit on the door")
        .isEqualTo("PH-8521");
    driver().claimAndComplete(StaffGroup.VALFARDSTEKNIK, koppla, linked());
    driver().assertEndedAt(order, END_EVENT_SAMMANKOPPLAD);
    assertThat(driver().tasks(staff(StaffGroup.MONTOR), sam, LasInstallation.TASK_BOKA_INSTALLATION))
        .as("the unit was on the door: no installation").isEmpty();
    assertThat(BrukareRecord.linkedPersonnummer(driver().registry(rutsLock.brukareId()))).containsExactly(rut, sam);
    assertThat(BrukareRecord.linkedPersonnummer(driver().registry(sam))).containsExactly(rut, sam);

    NedmonteringWalk nedmontering = new NedmonteringWalk(driver());
    String rutLeaves = nedmontering.endTrygghetslarm(rut);
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, rut, NedmonteringTrygghetslarm.TASK_KONTROLLERA_HEMTJANST,
        RestAnswers.hemtjanstKvarstar(false));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, rut, NedmonteringTrygghetslarm.TASK_AVSLUTA_LARM_VERKSTALLIGHET,
        RestAnswers.larmAvslutat(today().minusDays(1)));
    driver().assertEndedAt(rutLeaves, NedmonteringTrygghetslarm.END_EVENT_BRUKARE_FRANKOPPLAD);
    assertThat(driver().registry(rut).path("lockHistory")).singleElement()
        .satisfies(link -> assertThat(link.path("unlinkedAt").isTextual()).as(link.toString()).isTrue());
    JsonNode samsRecord = driver().registry(sam);
    assertThat(BrukareRecord.lockStatus(samsRecord)).isEqualTo("INSTALLED");
    assertThat(BrukareRecord.linkedPersonnummer(samsRecord)).as("Sam keeps the unit Rut had").containsExactly(sam);

    String samLeaves = nedmontering.cancel(sam);
    closeHemtjanst(sam);
    nedmontering.takeDown(sam);
    driver().assertEndedAt(samLeaves, NedmonteringBistandsbedomd.END_EVENT_LAS_NEDMONTERAT);
    assertThat(BrukareRecord.lockStatus(driver().registry(sam))).isEqualTo("none");
    assertThat(driver().registry(rut).path("lockHistory").get(0).path("lock").path("status").asText())
        .isEqualTo("REMOVED");
  }

  @Test
  default void incompleteOrInconsistentOrdersAreRefusedAndLeaveNothingBehind() {
    String nils = TestPersonnummer.of(854);
    String ny = TestPersonnummer.of(855);
    String olga = TestPersonnummer.of(856);
    String okand = TestPersonnummer.of(857);
    String addressC = "Sammanbovägen 854";
    String addressD = "Sammanbovägen 856";
    MonteringWalk montering = new MonteringWalk(driver());
    montering.registerWithoutLock(Order.of(nils, "Nils Utanlas", addressC));
    montering.installLock(Order.of(olga, "Olga Medlas", addressD), "PH-8561");

    refused(tillkommande(ny, "Ny Sammanboende", addressC, nils, null), ny,
        "Befintlig brukare har inget installerat digitalt lås");
    refused(tillkommande(ny, "Ny Sammanboende", addressC, olga, null), ny,
        "Befintlig brukare bor på en annan adress än den angivna");
    refused(tillkommande(ny, "Ny Sammanboende", addressD, okand, null), ny,
        "Befintlig brukares personnummer: brukaren finns inte i registret");
    refused(tillkommande(ny, "Ny Sammanboende", addressD, olga, "Olle Fel"), ny,
        "Befintlig brukares namn stämmer inte med registret");
    refused(tillkommande(ny, "Ny Sammanboende", addressD, ny, null), ny,
        "Befintlig brukares personnummer: ange en annan person");
    Map<String, Object> withoutExisting = tillkommande(ny, "Ny Sammanboende", addressD, olga, null);
    withoutExisting.remove(BEFINTLIG_PERSONNUMMER.name());
    refused(withoutExisting, ny, "Befintlig brukares personnummer saknas");

    refused(samtidigt(ny, "Ny Sammanboende", olga, "Olga Medlas", addressC, null), ny,
        "Olga Medlas är redan kopplad till ett digitalt lås på en annan adress");
    refused(samtidigt(ny, "Ny Sammanboende", olga, "Olga Medlas", addressD, null), ny,
        "Olga Medlas är redan knuten till hushållets låsenhet: beställ en tillkommande sammanboende");
    refused(samtidigt(ny, "Ny Sammanboende", nils, "Nils Utanlas", addressD, null), ny,
        "Den sammanboendes personnummer: brukaren finns i registret på en annan adress");
    refused(samtidigt(ny, "Ny Sammanboende", ny, "Ny Sammanboende", addressC, null), ny,
        "Den sammanboendes personnummer: ange en annan person");
    String wrongCheckDigit = okand.substring(0, 11) + (okand.charAt(11) - '0' + 1) % 10;
    refused(samtidigt(ny, "Ny Sammanboende", wrongCheckDigit, "Fel Siffra", addressC, null), ny,
        "Den sammanboendes personnummer: Ogiltigt personnummer");
    Map<String, Object> withoutContact = samtidigt(ny, "Ny Sammanboende", okand, "Okänd Ännu", addressC, null);
    withoutContact.remove(KONTAKT_TIDSBOKNING.name());
    refused(withoutContact, ny, "Kontaktuppgifter för tidsbokning saknas");
    Map<String, Object> withoutKind = samtidigt(ny, "Ny Sammanboende", okand, "Okänd Ännu", addressC, null);
    withoutKind.remove(BESTALLNINGSTYP.name());
    refused(withoutKind, ny, "Beställningstyp: välj samtidigt");
    assertThat(driver().rest().post(admin(), "/api/brukare/sok", Map.of("personnummer", okand)).code())
        .as("the refused sammanboende is not registered either").isEqualTo(404);
    assertThat(driver().registry(nils).path("notes").toString()).doesNotContain("Avvikande uppgifter");

    Reply berit = driver().start(staff(StaffGroup.BISTANDSHANDLAGGARE), PROCESS_ID,
        samtidigt(ny, "Ny Sammanboende", okand, "Okänd Ännu", addressC, null));
    assertThat(berit.code()).as("only the verksamhet starts it").isEqualTo(403);
  }

  @Test
  default void aSecondOrderForACohabitantWhoseOrderRunsIsRefused() {
    String ella = TestPersonnummer.of(858);
    String erik = TestPersonnummer.of(859);
    String eva = TestPersonnummer.of(860);
    String address = "Sammanbovägen 858";
    Reply first = driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        samtidigt(ella, "Ella Pågående", erik, "Erik Pågående", address, null));
    assertThat(first.code()).as(first.json().toString()).isEqualTo(200);

    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        samtidigt(ella, "Ella Pågående", eva, "Eva Pågående", address, null)),
        "Det finns redan en pågående beställning för sammanboende för brukaren");
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        samtidigt(eva, "Eva Pågående", erik, "Erik Pågående", address, null)),
        "Det finns redan en pågående beställning för sammanboende för Erik Pågående");
    RoutineDriver.assertRefused(driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID,
        samtidigt(erik, "Erik Pågående", eva, "Eva Pågående", address, null)),
        "Det finns redan en pågående beställning för sammanboende för brukaren");
    assertThat(driver().runningInstances(PROCESS_ID, eva)).isZero();
    assertThat(driver().runningInstances(PROCESS_ID, ella)).isEqualTo(1);
  }

  private void refused(Map<String, Object> variables, String notRegistered, String reason) {
    Reply reply = driver().start(staff(StaffGroup.VERKSAMHET), PROCESS_ID, variables);
    RoutineDriver.assertRefused(reply, reason);
    assertThat(driver().rest().post(admin(), "/api/brukare/sok", Map.of("personnummer", notRegistered)).code())
        .as("nothing half-done: " + reason).isEqualTo(404);
  }

  private void closeHemtjanst(String personnummer) {
    driver().claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, personnummer,
        NedmonteringBistandsbedomd.TASK_AVSLUTA_VERKSTALLIGHET, RestAnswers.hemtjanstAvslutad(today().minusDays(1), true));
    driver().claimAndComplete(StaffGroup.LARMHANDLAGGARE, personnummer,
        NedmonteringBistandsbedomd.TASK_BEDOM_TRYGGHETSLARM, RestAnswers.trygghetslarmKvar(false));
  }

  private String taskVariable(JsonNode task, String name) {
    return taskVariable(StaffGroup.VERKSAMHET, task, name);
  }

  private String taskVariable(StaffGroup group, JsonNode task, String name) {
    Reply reply = driver().rest().get(staff(group),
        "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name);
    assertThat(reply.code()).as(reply.json().toString()).isEqualTo(200);
    return reply.json().path("value").asText();
  }

  private static Map<String, Object> samtidigt(String personnummer, String namn, String sammanboende,
      String sammanboendeNamn, String adress, String portkod) {
    Map<String, Object> variables = household("samtidigt", personnummer, namn, adress);
    variables.put(SAMMANBOENDE_PERSONNUMMER.name(), variable(sammanboende, "String"));
    variables.put(SAMMANBOENDE_NAMN.name(), variable(sammanboendeNamn, "String"));
    variables.put(KONTAKT_TIDSBOKNING.name(), variable(KONTAKT, "String"));
    if (portkod != null) {
      variables.put(PORTKOD.name(), variable(portkod, "String"));
    }
    return variables;
  }

  private static Map<String, Object> tillkommande(String personnummer, String namn, String adress, String befintlig,
      String befintligNamn) {
    Map<String, Object> variables = household("tillkommande", personnummer, namn, adress);
    variables.put(BEFINTLIG_PERSONNUMMER.name(), variable(befintlig, "String"));
    if (befintligNamn != null) {
      variables.put(BEFINTLIG_NAMN.name(), variable(befintligNamn, "String"));
    }
    return variables;
  }

  private static Map<String, Object> household(String kind, String personnummer, String namn, String adress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BESTALLNINGSTYP.name(), variable(kind, "String"));
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable(namn, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable(POSTNUMMER_, "String"));
    variables.put(ORT.name(), variable(ORT_, "String"));
    return variables;
  }

  private static Map<String, Object> verkstalld(boolean verkstalld, LocalDate start) {
    return Map.of(INSATS_VERKSTALLD.name(), variable(verkstalld, "Boolean"),
        VERKSTALLIGHET_STARTDATUM.name(), RestAnswers.day(start));
  }

  private static Map<String, Object> linked() {
    return Map.of(KOPPLAT_I_TES.name(), variable(true, "Boolean"),
        INVENTARIELISTA_UPPDATERAD.name(), variable(true, "Boolean"),
        ARENDE_BESVARAT.name(), variable(true, "Boolean"));
  }

  private static JsonNode message(JsonNode record, String channel) {
    for (JsonNode message : record.path("outgoingMessages")) {
      if (message.path("channel").asText().equals(channel)) {
        return message;
      }
    }
    throw new AssertionError("no " + channel + " on " + record.path("outgoingMessages"));
  }

  private static String document(JsonNode message) {
    return "/api/meddelanden/" + message.path("id").asLong() + "/dokument";
  }

  private static List<String> notes(JsonNode record) {
    List<String> texts = new ArrayList<>();
    record.path("notes").forEach(note -> texts.add(note.path("text").asText()));
    return texts;
  }

  private static String formatted(String personnummer) {
    return personnummer.substring(0, 8) + "-" + personnummer.substring(8);
  }

  private static String pdfText(Download download) throws Exception {
    assertThat(download.code()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(download.body())) {
      return String.join("\n", PdfText.lines(document));
    }
  }
}

package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Reply;

/**
 * Routine 1 (montering-bistandsbedomd) walked through the REST API as staff, for the
 * walkthroughs that begin with a lock on the door: hemtjänst's and the larmgrupp's key sets taken
 * in, the NFC-etikett up and down, the lock installed by the montör.
 */
public final class MonteringWalk {

  /** What the biståndshandläggare's order says of the brukare. */
  public record Order(String personnummer, String namn, String adress, boolean hemtjanst,
      boolean trygghetslarm, LocalDate beslutsdatum) {

    /** Hemtjänst and trygghetslarm, decided a month ago. */
    public static Order of(String personnummer, String namn, String adress) {
      return new Order(personnummer, namn, adress, true, true, RoutineDriver.today().minusDays(30));
    }

    public Order onlyTrygghetslarm() {
      return new Order(personnummer, namn, adress, false, true, beslutsdatum);
    }

    public Order decidedOn(LocalDate day) {
      return new Order(personnummer, namn, adress, hemtjanst, trygghetslarm, day);
    }

    /** The number of hemtjänst's key set; the larmgrupp's is {@link #larmgruppensNyckel()}. */
    public String hemtjanstensNyckel() {
      return "N-" + personnummer.substring(8);
    }

    public String larmgruppensNyckel() {
      return "L-" + personnummer.substring(8);
    }
  }

  /** The routine that installed the lock, and the brukare's id in the registry. */
  public record Installed(String routineId, long brukareId) {
  }

  private final RoutineDriver driver;

  public MonteringWalk(RoutineDriver driver) {
    this.driver = driver;
  }

  public Reply start(Order order) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(order.personnummer(), "String"));
    variables.put(NAMN.name(), variable(order.namn(), "String"));
    variables.put(ADRESS.name(), variable(order.adress(), "String"));
    variables.put(POSTNUMMER.name(), variable("123 46", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(TELEFON.name(), variable("070-765 43 21", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(order.hemtjanst(), "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(order.trygghetslarm(), "Boolean"));
    variables.put(BESLUTSDATUM.name(), RestAnswers.day(order.beslutsdatum()));
    return driver.start(driver.staff(StaffGroup.BISTANDSHANDLAGGARE), MonteringBistandsbedomd.PROCESS_ID, variables);
  }

  /** Routine 1 from the order to EndEvent_LasInstallerat, the lock with this serial number on the door. */
  public Installed installLock(Order order, String serienummer) {
    Reply started = start(order);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    String brukare = order.personnummer();

    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, brukare, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV,
        RestAnswers.lasbehov(false, false));
    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, brukare, MonteringBistandsbedomd.TASK_TA_IN_FYSISKA_NYCKLAR,
        Map.of(
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable(order.hemtjanstensNyckel(), "String"),
            NYCKELNUMMER_LARMGRUPP.name(), variable(order.larmgruppensNyckel(), "String")));
    driver.claimAndComplete(StaffGroup.LARMHANDLAGGARE, brukare, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION,
        Map.of());
    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, brukare, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
    driver.claimAndComplete(StaffGroup.MONTOR, brukare, LasInstallation.TASK_BOKA_INSTALLATION,
        Map.of(BOKAD_TID.name(), RestAnswers.time(OffsetDateTime.now(RoutineDriver.SERVICE_ZONE).plusDays(1).withNano(0))));
    driver.claimAndComplete(StaffGroup.MONTOR, brukare, LasInstallation.TASK_INSTALLERA_LAS,
        RestAnswers.installation(serienummer));
    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, brukare, MonteringBistandsbedomd.TASK_TA_NED_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));
    driver.assertEndedAt(routineId, MonteringBistandsbedomd.END_EVENT_LAS_INSTALLERAT);

    var record = driver.registry(brukare);
    assertThat(record.path("lock").path("lock").path("status").asText()).isEqualTo("INSTALLED");
    assertThat(record.path("lock").path("lock").path("serialNumber").asText()).isEqualTo(serienummer);
    return new Installed(routineId, record.path("brukare").path("id").asLong());
  }

  /**
   * Routine 1 ended at EndEvent_KodlasKanInteInstalleras: the brukare is in the registry, with
   * insatser and no lock.
   */
  public Installed registerWithoutLock(Order order) {
    Reply started = start(order);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    driver.claimAndComplete(StaffGroup.HEMTJANSTUTFORARE, order.personnummer(), MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV,
        RestAnswers.lasbehov(true, false));
    driver.assertEndedAt(routineId, MonteringBistandsbedomd.END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    var record = driver.registry(order.personnummer());
    assertThat(record.path("lock").isNull()).isTrue();
    return new Installed(routineId, record.path("brukare").path("id").asLong());
  }

  /**
   * Routine 1 for a cohabitant at an address whose lock is installed: it ends at
   * EndEvent_LasFinnsRedan with the cohabitant linked to the household's lock.
   */
  public Installed linkToTheHouseholdsLock(Order cohabitant) {
    Reply started = start(cohabitant);
    assertThat(started.code()).as(started.json().toString()).isEqualTo(200);
    String routineId = started.json().path("id").asText();
    driver.assertEndedAt(routineId, MonteringBistandsbedomd.END_EVENT_LAS_FINNS_REDAN);
    var record = driver.registry(cohabitant.personnummer());
    assertThat(record.path("lock").path("linkedBrukare").toString()).contains(cohabitant.personnummer());
    return new Installed(routineId, record.path("brukare").path("id").asLong());
  }
}

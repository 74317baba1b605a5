package se.digitalalas.bench;

import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.EngineRestClient.Reply;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.RestAnswers;
import se.digitalalas.testsupport.RoutineDriver;

/**
 * Routine 1 whole, as {@link MonteringWalk#installLock} walks it: started, its seven tasks found,
 * claimed and completed in turn, and its end at EndEvent_LasInstallerat read from the history.
 * A task behind an async continuation is asked for again every {@code pollInterval} until it is
 * there. Each routine is a new brukare at an address of their own (a second routine for one
 * brukare, or one household, would take another path on the service).
 */
final class FullRoutine1 implements Scenario {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1930, 1, 1);
  private static final int SERIALS_PER_DAY = 900;

  private final Duration pollInterval;

  FullRoutine1(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  @Override
  public String name() {
    return "full routine 1";
  }

  @Override
  public String unit() {
    return "routines";
  }

  @Override
  public void run(Target target, int n) {
    RoutineDriver driver = target.driver();
    Order order = new Order(personnummer(n), "Bänk Brukare " + n, "Bänkvägen " + n, true, true,
        RoutineDriver.today().minusDays(30));
    Reply started = new MonteringWalk(driver).start(order);
    if (started.code() != 200) {
      throw new IllegalStateException(target.name() + ": start " + started.code() + " " + started.json());
    }
    String routineId = started.json().path("id").asText();
    complete(target, order, StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV,
        RestAnswers.lasbehov(false, false));
    complete(target, order, StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_TA_IN_FYSISKA_NYCKLAR,
        Map.of(
            FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
            NYCKELNUMMER.name(), variable(order.hemtjanstensNyckel(), "String"),
            NYCKELNUMMER_LARMGRUPP.name(), variable(order.larmgruppensNyckel(), "String")));
    complete(target, order, StaffGroup.LARMHANDLAGGARE, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION,
        Map.of());
    complete(target, order, StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean")));
    complete(target, order, StaffGroup.MONTOR, LasInstallation.TASK_BOKA_INSTALLATION,
        Map.of(BOKAD_TID.name(), RestAnswers.time(OffsetDateTime.now(RoutineDriver.SERVICE_ZONE).plusDays(1).withNano(0))));
    complete(target, order, StaffGroup.MONTOR, LasInstallation.TASK_INSTALLERA_LAS,
        RestAnswers.installation("BANK-" + n));
    complete(target, order, StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_TA_NED_NFC_ETIKETT,
        Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean")));
    assertEndedAtLasInstallerat(target, routineId);
  }

  private void complete(Target target, Order order, StaffGroup group, String taskKey, Map<String, Object> answers) {
    RoutineDriver driver = target.driver();
    Credentials member = driver.staff(group);
    Instant deadline = Instant.now().plus(PATIENCE);
    List<JsonNode> tasks = driver.tasks(member, order.personnummer(), taskKey);
    while (tasks.size() != 1) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(target.name() + ": " + tasks.size() + " tasks " + taskKey
            + " after " + PATIENCE);
      }
      Pause.sleep(pollInterval);
      tasks = driver.tasks(member, order.personnummer(), taskKey);
    }
    driver.claimAndComplete(group, tasks.get(0), answers);
  }

  private static void assertEndedAtLasInstallerat(Target target, String routineId) {
    RoutineDriver driver = target.driver();
    Credentials admin = target.admin();
    Reply instance = driver.rest().get(admin, "/engine-rest/history/process-instance/" + routineId);
    Reply ends = driver.rest().get(admin, "/engine-rest/history/activity-instance?processInstanceId=" + routineId
        + "&activityId=" + MonteringBistandsbedomd.END_EVENT_LAS_INSTALLERAT);
    if (!"COMPLETED".equals(instance.json().path("state").asText()) || ends.json().size() != 1) {
      throw new IllegalStateException(target.name() + ": routine " + routineId + " did not end at "
          + MonteringBistandsbedomd.END_EVENT_LAS_INSTALLERAT + ": " + instance.json() + " " + ends.json());
    }
  }

  /** A valid personnummer of its own for each n: 900 birth numbers a day from 1930-01-01 on. */
  static String personnummer(int n) {
    return TestPersonnummer.born(FIRST_BIRTH_DATE.plusDays(n / SERIALS_PER_DAY), 100 + n % SERIALS_PER_DAY);
  }
}

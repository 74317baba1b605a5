package se.digitalalas.process.history;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.process.history.StartedRoutine.State;
import se.digitalalas.process.history.StartedRoutine.Step;
import se.digitalalas.processtest.CalledProcessStub;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.processtest.SharedStepMocks;
import se.digitalalas.routine.lasinstallation.LasInstallation;

/** "Mina rutiner" on routine 1 (with a stub of las-installation): outcome, current steps, whose starts. */
@Deployment(resources = "bpmn/montering-bistandsbedomd.bpmn")
class StartedRoutinesTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String BERIT = "berit";
  private static final String ROUTINE_1 = "Montering av digitalt lås – biståndsbedömda insatser";

  private SharedStepMocks steps;
  private CalledProcessStub lasInstallation;
  private StartedRoutines startedRoutines;

  @BeforeEach
  void setUp() {
    ProcessEngine processEngine = engine.getProcessEngine();
    init(processEngine);
    lasInstallation = CalledProcessStub.deploy(processEngine, LasInstallation.PROCESS_ID,
        LasInstallation.TASK_INSTALLERA_LAS, LasInstallation.END_EVENT_LAS_INSTALLERAT);
    steps = SharedStepMocks.register("191212121212", 42L)
        .installationReminder(Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
    Mocks.register("lasbehovAnswers", (JavaDelegate) execution -> { });
    startedRoutines = new StartedRoutines(processEngine.getHistoryService(), processEngine.getRepositoryService(),
        processEngine.getTaskService(), processEngine.getIdentityService(),
        new StartedRoutinesProperties(Period.ofDays(60), 100), Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    lasInstallation.undeploy();
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
    reset();
  }

  @Test
  void aRoutineThatEndsAtOnceShowsTheEndEventItReached() {
    steps.lockInstalled(true);

    ProcessInstance montering = startAs(BERIT, "Elsa Direkt");

    assertThat(montering).isEnded().hasPassed(END_EVENT_LAS_FINNS_REDAN);
    StartedRoutine routine = only(startedRoutines.startedBy(BERIT).routines());
    assertThat(routine.processInstanceId()).isEqualTo(montering.getId());
    assertThat(routine.name()).isEqualTo(ROUTINE_1);
    assertThat(routine.brukare()).isEqualTo("Elsa Direkt");
    assertThat(routine.state()).isEqualTo(State.COMPLETED);
    assertThat(routine.outcome()).isEqualTo("Lås finns redan");
    assertThat(routine.endTime()).isNotNull();
    assertThat(routine.currentSteps()).isEmpty();
  }

  @Test
  void aRunningRoutineShowsItsOpenTaskAndTheGroupWhoseItIs() {
    startAs(BERIT, "Gustav Pågår");

    StartedRoutine routine = only(startedRoutines.startedBy(BERIT).routines());

    assertThat(routine.state()).isEqualTo(State.RUNNING);
    assertThat(routine.outcome()).isNull();
    assertThat(routine.endTime()).isNull();
    assertThat(routine.currentSteps())
        .containsExactly(new Step("Bedöm behov av digitalt lås", List.of("Hemtjänstutförare")));
  }

  @Test
  void theStepsOfACalledRoutineAreTheStartersCurrentStepsToo() {
    ProcessInstance montering = untilInstallationIsPlanned();

    StartedRoutine routine = only(startedRoutines.startedBy(BERIT).routines());

    assertThat(routine.currentSteps()).extracting(Step::name)
        .containsExactlyInAnyOrder("Sätt upp NFC-etikett", "Stub of " + LasInstallation.PROCESS_ID);
    assertThat(routine.currentSteps()).filteredOn(step -> step.name().equals("Sätt upp NFC-etikett"))
        .singleElement().extracting(Step::groups).isEqualTo(List.of("Hemtjänstutförare"));
    assertThat(montering).isNotEnded();
  }

  @Test
  void theOutcomeIsTheEndEventThatEndedTheRoutineNotAnEarlierBranchsEnd() {
    ProcessInstance montering = untilInstallationIsPlanned();
    execute(job(EVENT_INSTALLATION_FORSENAD, montering));
    complete(task(TASK_FOLJ_UPP_INSTALLATION, montering), withVariables(UPPFOLJNINGSKOMMENTAR.name(), "Ny tid bokad."));
    assertThat(montering).hasPassed(END_EVENT_PAMINNELSE_HANTERAD);
    assertThat(only(startedRoutines.startedBy(BERIT).routines()).state())
        .as("a branch's end does not end the routine").isEqualTo(State.RUNNING);

    complete(task(TASK_SATT_UPP_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));
    complete(task(LasInstallation.TASK_INSTALLERA_LAS, calledProcessInstance(LasInstallation.PROCESS_ID, montering)),
        withVariables(SERIENUMMER.name(), "PH-000123", BOKAD_TID.name(), new Date()));
    complete(task(TASK_TA_NED_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(montering).isEnded().hasPassed(END_EVENT_LAS_INSTALLERAT);
    StartedRoutine routine = only(startedRoutines.startedBy(BERIT).routines());
    assertThat(routine.state()).isEqualTo(State.COMPLETED);
    assertThat(routine.outcome()).isEqualTo("Digitalt lås installerat");
  }

  @Test
  void aDeletedRoutineIsCancelledWithoutOutcome() {
    ProcessInstance montering = startAs(BERIT, "Berta Borttagen");

    runtimeService().deleteProcessInstance(montering.getId(), "Felaktigt startad");

    StartedRoutine routine = only(startedRoutines.startedBy(BERIT).routines());
    assertThat(routine.state()).isEqualTo(State.CANCELLED);
    assertThat(routine.outcome()).isNull();
    assertThat(routine.currentSteps()).isEmpty();
  }

  @Test
  void onlyTheUsersOwnStartsOfStartableRoutinesInThePeriodNewestFirst() {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(61, ChronoUnit.DAYS)));
    startAs(BERIT, "Olle Gammal");
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    ProcessInstance older = startAs(BERIT, "Anna Först");
    ClockUtil.reset();
    ProcessInstance newer = startAs(BERIT, "Bertil Sedan");
    startAs("kim", "Kims Brukare");
    String notStartable = deployNotStartableInTasklist();
    identityService().setAuthenticatedUserId(BERIT);
    runtimeService().startProcessInstanceByKey(notStartable);
    identityService().clearAuthentication();

    StartedRoutines.Listing listing = startedRoutines.startedBy(BERIT);

    assertThat(listing.routines()).extracting(StartedRoutine::processInstanceId)
        .containsExactly(newer.getId(), older.getId());
    assertThat(listing.since()).isCloseTo(Date.from(Instant.now().minus(60, ChronoUnit.DAYS)), 60_000);
    assertThat(startedRoutines.startedBy("kim").routines()).extracting(StartedRoutine::brukare)
        .containsExactly("Kims Brukare");
    assertThat(startedRoutines.startedBy("hanna").routines()).isEmpty();
  }

  @Test
  void theLimitKeepsTheNewest() {
    startedRoutines = new StartedRoutines(processEngine().getHistoryService(), processEngine().getRepositoryService(),
        processEngine().getTaskService(), processEngine().getIdentityService(),
        new StartedRoutinesProperties(Period.ofDays(60), 1), Clock.systemUTC());
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    startAs(BERIT, "Först");
    ClockUtil.reset();
    startAs(BERIT, "Sist");

    assertThat(startedRoutines.startedBy(BERIT).routines()).extracting(StartedRoutine::brukare).containsExactly("Sist");
  }

  @Test
  void theCallersAuthenticationIsKeptAndNotUsedForTheLookup() {
    startAs(BERIT, "Rut Rättighet");
    identityService().setAuthenticatedUserId(BERIT);

    assertThat(startedRoutines.startedBy(BERIT).routines()).hasSize(1);

    assertThat(identityService().getCurrentAuthentication().getUserId()).isEqualTo(BERIT);
  }

  private ProcessInstance untilInstallationIsPlanned() {
    ProcessInstance montering = startAs(BERIT, "Ivar Installation");
    complete(task(TASK_BEDOM_LASBEHOV, montering), withVariables(HAR_KODLAS.name(), false,
        FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "N-17", OPPNAR_SJALV.name(), false,
        VILL_INTE_HA_LAS.name(), false));
    execute(job(montering));
    execute(job(montering));
    execute(job(montering));
    complete(task(TASK_PLANERA_INSTALLATION, montering), withVariables(PLANERINGSKOMMENTAR.name(), "Planerad."));
    return montering;
  }

  private static ProcessInstance startAs(String userId, String namn) {
    Map<String, Object> variables = new HashMap<>(withVariables(
        PERSONNUMMER.name(), "19121212-1212", NAMN.name(), namn, ADRESS.name(), "Storgatan 1",
        POSTNUMMER.name(), "123 45", ORT.name(), "Lund", INSATS_HEMTJANST.name(), true,
        INSATS_TRYGGHETSLARM.name(), false, BESLUTSDATUM.name(), "2026-11-22"));
    identityService().setAuthenticatedUserId(userId);
    try {
      return runtimeService().startProcessInstanceByKey(PROCESS_ID, variables);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private static String deployNotStartableInTasklist() {
    String key = "inte-startbar";
    repositoryService().createDeployment().addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).camundaStartableInTasklist(false)
            .startEvent().endEvent("EndEvent_Klar").name("Klar").done())
        .deploy();
    return key;
  }

  private static StartedRoutine only(List<StartedRoutine> routines) {
    assertThat(routines).hasSize(1);
    return routines.get(0);
  }
}

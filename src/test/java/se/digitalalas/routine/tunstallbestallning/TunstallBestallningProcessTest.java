package se.digitalalas.routine.tunstallbestallning;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.tunstallbestallning.TunstallBestallning.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.processtest.SharedStepMocks;
import se.digitalalas.refusal.Refusal;

/** Every path of tunstall-bestallning on an in-memory engine, the delegates mocked. */
@Deployment(resources = "bpmn/tunstall-bestallning.bpmn")
class TunstallBestallningProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final String MESSAGE = "TunstallInstallationKlar";
  private static final Date REMINDER = Date.from(Instant.parse("2026-12-08T09:00:00Z"));

  private final List<String> installedSerials = new ArrayList<>();
  private SharedStepMocks steps;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    steps = SharedStepMocks.register(TOLVAN, 42L);
    Mocks.register("tunstallApplication", (ExecutionListener) execution -> { });
    Mocks.register("verkstallighetStart", steps.recording("verkstallighetStart"));
    Mocks.register("keyPositionRegistration", steps.recording("keyPositionRegistration"));
    Mocks.register("tunstallOrder", steps.recording("tunstallOrder"));
    Mocks.register("tunstallInstallation", (JavaDelegate) execution ->
        installedSerials.add(SERIENUMMER.orNull(execution)));
    Mocks.register("laskvittensReminder", (JavaDelegate) execution -> LASKVITTENS_PAMINNELSE.set(execution, REMINDER));
    Mocks.register("laskvittensCollected", (JavaDelegate) execution -> LASKVITTENS_ID.set(execution, 7L));
    Mocks.register("laskvittensFiled", steps.recording("laskvittensFiled"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void anApplicationAtTheMyndighetIsTheBistandshandlaggaresUntilTheKoordinatorOrders() {
    ProcessInstance bestallning = start("MYNDIGHET");

    untilTheOrder(bestallning, "bistandshandlaggare");

    assertThat(bestallning).isWaitingAtExactly(TASK_SKICKA_BESTALLNING);
    assertThat(task(TASK_SKICKA_BESTALLNING, bestallning)).hasCandidateGroup("koordinator");
    assertThat(steps.calls()).containsSubsequence(
        "checkpointCheck:muntligInformation,informationsbrevLamnat,fragorOchSvarLamnat",
        "checkpointCheck:kontaktuppgifterRegistrerade", "verkstallighetStart", "keyPositionRegistration",
        "existingLockCheck");
  }

  @Test
  void anApplicationAtTheKontaktcenterIsTheKommunvagledares() {
    ProcessInstance bestallning = start("KONTAKTCENTER");

    untilTheOrder(bestallning, "kommunvagledare");

    assertThat(bestallning).isWaitingAtExactly(TASK_SKICKA_BESTALLNING);
  }

  @Test
  void tunstallsConfirmationInstallsTheLockAndTheLaskvittensIsCollectedAndFiled() {
    ProcessInstance bestallning = ordered();

    assertThat(bestallning).isWaitingAtExactly(TASK_REGISTRERA_TUNSTALL_INSTALLATION);
    runtimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .setVariable(SERIENUMMER.name(), "TS-100").correlate();

    assertThat(bestallning).hasPassed(EVENT_TUNSTALL_INSTALLATION_KLAR, TASK_REGISTRERA_INSTALLERAT_LAS);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(bestallning.getId())
        .activityId(TASK_REGISTRERA_TUNSTALL_INSTALLATION).canceled().count())
        .as("the koordinator's task is withdrawn").isOne();
    assertThat(installedSerials).containsExactly("TS-100");
    execute(job(TASK_REGISTRERA_INSTALLERAT_LAS, bestallning));
    assertThat(bestallning).isWaitingAtExactly(TASK_HAMTA_LASKVITTENS);
    assertThat(task(TASK_HAMTA_LASKVITTENS, bestallning)).hasCandidateGroup("hv-hsl-personal").hasDueDate(REMINDER);
    assertThat(job(EVENT_LASKVITTENS_INTE_HAMTAD, bestallning)).hasDueDate(REMINDER);

    collectAndFile(bestallning);

    assertThat(bestallning).isEnded().hasPassedInOrder(TASK_HAMTA_LASKVITTENS, TASK_REGISTRERA_HAMTAD_LASKVITTENS,
        TASK_FORVARA_LASKVITTENS, TASK_REGISTRERA_FORVARING, END_EVENT_LASKVITTENS_FORVARAD);
  }

  @Test
  void theKoordinatorRegistersTheInstallationByHandAndALaterMessageFindsNoCaseWaiting() {
    ProcessInstance bestallning = ordered();

    complete(task(TASK_REGISTRERA_TUNSTALL_INSTALLATION, bestallning), withVariables(SERIENUMMER.name(), "TS-200"));
    execute(job(TASK_REGISTRERA_INSTALLERAT_LAS, bestallning));

    assertThat(installedSerials).containsExactly("TS-200");
    assertThat(bestallning).isWaitingAtExactly(TASK_HAMTA_LASKVITTENS).hasNotPassed(EVENT_TUNSTALL_INSTALLATION_KLAR);
    assertThat(runtimeService().createExecutionQuery().processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .messageEventSubscriptionName(MESSAGE).count()).isZero();
  }

  @Test
  void aHouseholdWithALockSkipsTheOrder() {
    steps.lockInstalled(true);
    ProcessInstance bestallning = start("MYNDIGHET");

    untilTheOrder(bestallning, "bistandshandlaggare");

    assertThat(bestallning).isEnded().hasPassed(TASK_KOPPLA_TILL_BEFINTLIGT_LAS, END_EVENT_LAS_FINNS_REDAN)
        .hasNotPassed(TASK_SKICKA_BESTALLNING, TASK_BESTALL_FRAN_TUNSTALL);
  }

  @Test
  void anUncollectedLaskvittensRemindsAndTheFilingEndsTheReminder() {
    ProcessInstance bestallning = installed();

    execute(job(EVENT_LASKVITTENS_INTE_HAMTAD, bestallning));

    assertThat(bestallning).isWaitingAtExactly(TASK_HAMTA_LASKVITTENS, TASK_PAMINNELSE_LASKVITTENS);
    assertThat(task(TASK_PAMINNELSE_LASKVITTENS, bestallning)).hasCandidateGroup("hv-hsl-personal");
    collectAndFile(bestallning);
    assertThat(bestallning).isEnded().hasNotPassed(END_EVENT_PAMINNELSE_HANTERAD);
  }

  @Test
  void aRemindedLaskvittensCanBeFollowedUpFirst() {
    ProcessInstance bestallning = installed();
    execute(job(EVENT_LASKVITTENS_INTE_HAMTAD, bestallning));

    complete(task(TASK_PAMINNELSE_LASKVITTENS, bestallning), withVariables(UPPFOLJNINGSKOMMENTAR.name(), "Hämtas på torsdag"));

    assertThat(bestallning).hasPassed(END_EVENT_PAMINNELSE_HANTERAD).isWaitingAtExactly(TASK_HAMTA_LASKVITTENS);
  }

  @Test
  void theOrderIsSentInItsOwnJobAfterTheKoordinatorsTask() {
    ProcessInstance bestallning = start("MYNDIGHET");
    untilTheOrder(bestallning, "bistandshandlaggare");
    complete(task(TASK_SKICKA_BESTALLNING, bestallning), orderConfirmed());

    assertThat(steps.calls()).contains("tunstallOrder");
    assertThat(job(TASK_BESTALL_FRAN_TUNSTALL, bestallning)).isNotNull();
    execute(job(TASK_BESTALL_FRAN_TUNSTALL, bestallning));
    assertThat(bestallning).isWaitingAtExactly(TASK_REGISTRERA_TUNSTALL_INSTALLATION);
  }

  @Test
  void anUnconfirmedOrderLeavesTheKoordinatorsTaskOpen() {
    ProcessInstance bestallning = start("MYNDIGHET");
    untilTheOrder(bestallning, "bistandshandlaggare");
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: beställningen skickad");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_SKICKA_BESTALLNING, bestallning), Map.of())).isSameAs(refusal);

    assertThat(bestallning).isWaitingAtExactly(TASK_SKICKA_BESTALLNING);
    assertThat(steps.calls()).doesNotContain("tunstallOrder");
  }

  private void untilTheOrder(ProcessInstance bestallning, String kanalGroup) {
    for (String taskKey : List.of(TASK_INFORMERA_OM_DIGITALA_LAS, TASK_REGISTRERA_KONTAKTUPPGIFTER,
        TASK_STARTA_VERKSTALLIGHET)) {
      assertThat(task(taskKey, bestallning)).hasCandidateGroup(kanalGroup);
      complete(task(taskKey, bestallning));
    }
    assertThat(task(TASK_REGISTRERA_NYCKELPOSITION, bestallning)).hasCandidateGroup("koordinator");
    complete(task(TASK_REGISTRERA_NYCKELPOSITION, bestallning));
    execute(job(TASK_REGISTRERA_NYCKLAR, bestallning));
  }

  private ProcessInstance ordered() {
    ProcessInstance bestallning = start("MYNDIGHET");
    untilTheOrder(bestallning, "bistandshandlaggare");
    complete(task(TASK_SKICKA_BESTALLNING, bestallning), orderConfirmed());
    execute(job(TASK_BESTALL_FRAN_TUNSTALL, bestallning));
    return bestallning;
  }

  private ProcessInstance installed() {
    ProcessInstance bestallning = ordered();
    complete(task(TASK_REGISTRERA_TUNSTALL_INSTALLATION, bestallning), withVariables(SERIENUMMER.name(), "TS-300"));
    execute(job(TASK_REGISTRERA_INSTALLERAT_LAS, bestallning));
    return bestallning;
  }

  private static void collectAndFile(ProcessInstance bestallning) {
    complete(task(TASK_HAMTA_LASKVITTENS, bestallning), withVariables(LASKVITTENS_HAMTAD.name(), true,
        LASLADA_FORVARINGSPLATS.name(), "Hatthyllan i hallen"));
    complete(task(TASK_FORVARA_LASKVITTENS, bestallning), withVariables(FORVARINGSPLATS.name(), "Pärm 3, Norra"));
  }

  private static Map<String, Object> orderConfirmed() {
    return withVariables(BESTALLNING_SKICKAD.name(), true, KUND_INFORMERAD_OM_TUNSTALL.name(), true);
  }

  private static ProcessInstance start(String kanal) {
    Map<String, Object> variables = new HashMap<>(withVariables(KANAL.name(), kanal, PERSONNUMMER.name(), TOLVAN,
        NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1", POSTNUMMER.name(), "123 45", ORT.name(), "Lund"));
    return runtimeService().startProcessInstanceByKey(TunstallBestallning.PROCESS_ID, variables);
  }
}

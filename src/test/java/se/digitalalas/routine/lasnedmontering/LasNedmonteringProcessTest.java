package se.digitalalas.routine.lasnedmontering;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasnedmontering.LasNedmontering.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.DeployedCamundaForms;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.processtest.SharedStepMocks;
import se.digitalalas.refusal.Refusal;

/** Every path of las-nedmontering as its callers start it: the deadlines computed, the lock named. */
@Deployment(resources = "bpmn/las-nedmontering.bpmn")
class LasNedmonteringProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final long TOLVANS_ID = 42L;
  private static final Date LAST_DAY = date("2026-12-15T23:59:00+01:00");
  private static final Date REMINDER = date("2026-12-12T00:00:00+01:00");
  private static final Date ESCALATION = date("2026-12-16T00:00:00+01:00");
  private static final Date BOOKED = date("2026-12-08T10:00:00+01:00");

  private final List<Map<String, Object>> removals = new ArrayList<>();
  private SharedStepMocks steps;
  private boolean lockShared;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    steps = SharedStepMocks.register(TOLVAN, TOLVANS_ID);
    Mocks.register("sharedLockCheck", (JavaDelegate) execution -> {
      steps.calls().add("sharedLockCheck");
      LASET_DELAS.set(execution, lockShared);
    });
    Mocks.register("brukareUnlink", steps.recording("brukareUnlink"));
    JavaDelegate lockRemoval = steps.recording("lockRemoval");
    Mocks.register("lockRemoval", (JavaDelegate) execution -> {
      lockRemoval.execute(execution);
      removals.add(execution.getVariables());
    });
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void aLockSharedWithACohabitantStaysAndOnlyTheLeavingBrukareIsUnlinked() {
    lockShared = true;

    ProcessInstance nedmontering = start();

    assertThat(steps.calls()).containsExactly("sharedLockCheck", "brukareUnlink");
    assertThat(job(nedmontering)).hasActivityId(TASK_KOPPLA_FRAN_BRUKARE).hasRetries(3);
    execute(job(TASK_KOPPLA_FRAN_BRUKARE, nedmontering));

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_DELAT_LAS, GATEWAY_LASET_DELAS, TASK_KOPPLA_FRAN_BRUKARE,
            END_EVENT_BRUKARE_FRANKOPPLAD)
        .hasNotPassed(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING, END_EVENT_LAS_NEDMONTERAT);
    assertThat(removals).isEmpty();
  }

  @Test
  void aLockNobodyElseNeedsIsBookedRemovedAndCheckedUnlinked() {
    ProcessInstance nedmontering = start();
    assertThat(nedmontering).hasBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING);
    assertThat(task(TASK_BOKA_NEDMONTERING, nedmontering)).hasCandidateGroup("montor").isNotAssigned()
        .hasDueDate(LAST_DAY);

    complete(task(TASK_BOKA_NEDMONTERING, nedmontering), withVariables(BOKAD_TID.name(), BOOKED));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_NEDMONTERA_LAS);
    assertThat(task(TASK_NEDMONTERA_LAS, nedmontering)).hasCandidateGroup("montor").isNotAssigned()
        .hasDueDate(BOOKED);
    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());
    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_FRANKOPPLING);
    assertThat(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering)).hasCandidateGroup("larmhandlaggare");
    complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering), unlinkingChecked());

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_DELAT_LAS, GATEWAY_LASET_DELAS, TASK_BOKA_NEDMONTERING,
            TASK_KONTROLLERA_BOKNING, TASK_NEDMONTERA_LAS, TASK_REGISTRERA_NEDMONTERING, END_EVENT_LASET_NEDTAGET,
            TASK_KONTROLLERA_FRANKOPPLING, TASK_KONTROLLERA_FRANKOPPLING_SVAR, END_EVENT_LAS_NEDMONTERAT)
        .hasPassed(ACTIVITY_NEDMONTERING_INOM_FRIST)
        .hasNotPassed(TASK_KOPPLA_FRAN_BRUKARE, END_EVENT_BRUKARE_FRANKOPPLAD, TASK_PAMINNELSE_NEDMONTERING,
            GATEWAY_FORSENAD);
    assertThat(steps.calls()).containsExactly("sharedLockCheck", "answerCheck", "answerCheck:bokadTid",
        "lockRemoval", "checkpointCheck",
        "checkpointCheck:nyckelnummerFrankopplatIAxsor,serienummerFrankopplatIPhoniro");
    assertThat(removals).singleElement().satisfies(variables -> assertThat(variables)
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(SERIENUMMER.name(), "PH-000123")
        .containsEntry(BOKAD_TID.name(), BOOKED)
        .containsAllEntriesOf(removed()));
  }

  @Test
  void aBookedTimeFromACamundaFormIsTheRemovalsDueDate() {
    ProcessInstance nedmontering = start();

    complete(task(TASK_BOKA_NEDMONTERING, nedmontering),
        withVariables(BOKAD_TID.name(), "2026-12-08T10:00:00+01:00"));

    assertThat(task(TASK_NEDMONTERA_LAS, nedmontering)).hasDueDate(BOOKED);
  }

  @Test
  @Deployment(resources = {"bpmn/las-nedmontering.bpmn",
      "forms/las-nedmontering/las-nedmontering-boka-nedmontering.form",
      "forms/las-nedmontering/las-nedmontering-nedmontera-las.form"})
  void theRemovalTasksShowTheirDeployedCamundaForms() {
    ProcessInstance nedmontering = start();
    assertThat(DeployedCamundaForms.ofTask(task(TASK_BOKA_NEDMONTERING, nedmontering)))
        .isEqualTo("las-nedmontering-boka-nedmontering");

    complete(task(TASK_BOKA_NEDMONTERING, nedmontering), withVariables(BOKAD_TID.name(), BOOKED));

    assertThat(DeployedCamundaForms.ofTask(task(TASK_NEDMONTERA_LAS, nedmontering)))
        .isEqualTo("las-nedmontering-nedmontera-las");
  }

  @Test
  void aBookingWithoutATimeLeavesTheTaskOpen() {
    ProcessInstance nedmontering = start();
    Refusal refusal = new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: bokad tid");
    steps.fail("answerCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_BOKA_NEDMONTERING, nedmontering), Map.of())).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING)
        .hasNotPassed(TASK_BOKA_NEDMONTERING);
  }

  @Test
  void aRefusedRemovalLeavesTheTaskOpenAndRegistersNothing() {
    ProcessInstance nedmontering = untilTheLockIsBooked();
    Refusal refusal = new Refusal("Bekräfta kontrollpunkterna innan nedmonteringen registreras. Saknas: "
        + "nyckelkvittensen signerad");
    steps.fail("lockRemoval", refusal);

    assertThatThrownBy(() -> complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed())).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_NEDMONTERA_LAS)
        .hasNotPassed(TASK_NEDMONTERA_LAS, TASK_REGISTRERA_NEDMONTERING);
    assertThat(removals).isEmpty();
    assertThat(jobQuery().activityId(TASK_REGISTRERA_NEDMONTERING).count()).isZero();
  }

  @Test
  void theRemovalIsRegisteredWithTheMontorsTaskAndWhatFollowsIsAJobOfItsOwn() {
    ProcessInstance nedmontering = untilTheLockIsBooked();

    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());

    assertThat(steps.calls()).endsWith("lockRemoval");
    assertThat(job(TASK_REGISTRERA_NEDMONTERING, nedmontering)).hasRetries(3);
    assertThat(taskQuery().processInstanceId(nedmontering.getId()).count()).isZero();

    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_FRANKOPPLING);
  }

  @Test
  void aFailingRemovalRegistrationFailsTheMontorsCompletionAndIsNotRetriedAsAJob() {
    ProcessInstance nedmontering = untilTheLockIsBooked();
    steps.fail("lockRemoval", new IllegalStateException("registret svarar inte"));

    assertThatThrownBy(() -> complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed()))
        .hasMessageContaining("registret svarar inte");

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_NEDMONTERA_LAS);
    assertThat(jobQuery().activityId(TASK_REGISTRERA_NEDMONTERING).count()).isZero();
  }

  @Test
  void anUnconfirmedUnlinkingLeavesTheCheckOpen() {
    ProcessInstance nedmontering = untilTheLockIsRemoved();
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs. Saknas: "
        + "serienumret frånkopplat i Phoniro");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering),
        withVariables(NYCKELNUMMER_FRANKOPPLAT_I_AXSOR.name(), true))).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_FRANKOPPLING)
        .hasNotPassed(TASK_KONTROLLERA_FRANKOPPLING, END_EVENT_LAS_NEDMONTERAT);
  }

  @Test
  void theReminderAndTheEscalationAreDueWhenTheCallerComputedThem() {
    ProcessInstance nedmontering = start();

    assertThat(job(EVENT_PAMINNELSE_NEDMONTERING, nedmontering)).hasDueDate(REMINDER);
    assertThat(job(EVENT_NEDMONTERING_FORSENAD, nedmontering)).hasDueDate(ESCALATION);
  }

  @Test
  void threeDaysBeforeTheLastDayTheLarmhandlaggareIsRemindedAndTheBookingStaysOpen() {
    ProcessInstance nedmontering = start();

    execute(job(EVENT_PAMINNELSE_NEDMONTERING, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING,
        TASK_PAMINNELSE_NEDMONTERING);
    assertThat(task(TASK_PAMINNELSE_NEDMONTERING, nedmontering)).hasCandidateGroup("larmhandlaggare")
        .hasDueDate(LAST_DAY);
    assertThat(jobQuery().activityId(EVENT_PAMINNELSE_NEDMONTERING).count()).isZero();
    assertThat(job(EVENT_NEDMONTERING_FORSENAD, nedmontering)).hasDueDate(ESCALATION);

    complete(task(TASK_PAMINNELSE_NEDMONTERING, nedmontering));

    assertThat(nedmontering).hasPassed(END_EVENT_PAMINNELSE_HANTERAD)
        .isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING);
    complete(task(TASK_BOKA_NEDMONTERING, nedmontering), withVariables(BOKAD_TID.name(), BOOKED));
    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());
    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));
    complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering), unlinkingChecked());

    assertThat(nedmontering).isEnded().hasPassed(END_EVENT_LAS_NEDMONTERAT).hasNotPassed(GATEWAY_FORSENAD);
  }

  @Test
  void aPassedLastDayGoesToTheEnhetschefAndTheLarmhandlaggareWithoutCancellingTheRemoval() {
    ProcessInstance nedmontering = untilTheLockIsBooked();

    execute(job(EVENT_NEDMONTERING_FORSENAD, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_NEDMONTERA_LAS,
        TASK_ESKALERA_FORSENAD_NEDMONTERING, TASK_NEDMONTERING_FORSENAD).hasPassed(GATEWAY_FORSENAD);
    assertThat(task(TASK_ESKALERA_FORSENAD_NEDMONTERING, nedmontering)).hasCandidateGroup("enhetschef");
    assertThat(task(TASK_NEDMONTERING_FORSENAD, nedmontering)).hasCandidateGroup("larmhandlaggare");
    assertThat(task(TASK_NEDMONTERA_LAS, nedmontering)).hasDueDate(BOOKED);
    assertThat(jobQuery().activityId(EVENT_NEDMONTERING_FORSENAD).count()).isZero();

    complete(task(TASK_ESKALERA_FORSENAD_NEDMONTERING, nedmontering));
    complete(task(TASK_NEDMONTERING_FORSENAD, nedmontering));

    assertThat(nedmontering).hasPassed(END_EVENT_ESKALERING_HANTERAD, END_EVENT_FORSENING_HANTERAD)
        .isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_NEDMONTERA_LAS);
    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());
    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));
    complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering), unlinkingChecked());

    assertThat(nedmontering).isEnded().hasPassed(TASK_REGISTRERA_NEDMONTERING, END_EVENT_LAS_NEDMONTERAT);
    assertThat(removals).hasSize(1);
  }

  @Test
  void aReminderAndAnEscalationBothLeaveTheBookingOpen() {
    ProcessInstance nedmontering = start();

    execute(job(EVENT_PAMINNELSE_NEDMONTERING, nedmontering));
    execute(job(EVENT_NEDMONTERING_FORSENAD, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_NEDMONTERING_INOM_FRIST, TASK_BOKA_NEDMONTERING,
        TASK_PAMINNELSE_NEDMONTERING, TASK_ESKALERA_FORSENAD_NEDMONTERING, TASK_NEDMONTERING_FORSENAD);
    assertThat(task(TASK_BOKA_NEDMONTERING, nedmontering)).hasDueDate(LAST_DAY);
  }

  @Test
  void aRemovedLockRemindsAndEscalatesNoMore() {
    ProcessInstance nedmontering = untilTheLockIsRemoved();

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_FRANKOPPLING);
    assertThat(jobQuery().processInstanceId(nedmontering.getId()).timers().count()).isZero();
    assertThat(jobQuery().processInstanceId(nedmontering.getId()).count()).isZero();

    complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering), unlinkingChecked());

    assertThat(nedmontering).isEnded()
        .hasNotPassed(TASK_PAMINNELSE_NEDMONTERING, TASK_ESKALERA_FORSENAD_NEDMONTERING, TASK_NEDMONTERING_FORSENAD);
  }

  @Test
  void anOpenReminderAndEscalationCloseWhenTheRemovalIsChecked() {
    ProcessInstance nedmontering = start();
    execute(job(EVENT_PAMINNELSE_NEDMONTERING, nedmontering));
    execute(job(EVENT_NEDMONTERING_FORSENAD, nedmontering));
    complete(task(TASK_BOKA_NEDMONTERING, nedmontering), withVariables(BOKAD_TID.name(), BOOKED));
    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());
    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_FRANKOPPLING, TASK_PAMINNELSE_NEDMONTERING,
        TASK_ESKALERA_FORSENAD_NEDMONTERING, TASK_NEDMONTERING_FORSENAD);
    complete(task(TASK_KONTROLLERA_FRANKOPPLING, nedmontering), unlinkingChecked());

    assertThat(nedmontering).isEnded().hasPassed(END_EVENT_LAS_NEDMONTERAT)
        .hasNotPassed(END_EVENT_PAMINNELSE_HANTERAD, END_EVENT_ESKALERING_HANTERAD, END_EVENT_FORSENING_HANTERAD);
    assertThat(taskQuery().processInstanceId(nedmontering.getId()).count()).isZero();
  }

  private ProcessInstance untilTheLockIsBooked() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_BOKA_NEDMONTERING, nedmontering), withVariables(BOKAD_TID.name(), BOOKED));
    return nedmontering;
  }

  private ProcessInstance untilTheLockIsRemoved() {
    ProcessInstance nedmontering = untilTheLockIsBooked();
    complete(task(TASK_NEDMONTERA_LAS, nedmontering), removed());
    execute(job(TASK_REGISTRERA_NEDMONTERING, nedmontering));
    return nedmontering;
  }

  /** What the callers (2 and 4) hand over, deadlines included. */
  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(LasNedmontering.PROCESS_ID, SharedStepMocks.CASE_REFERENCE,
        withVariables(BRUKARE_ID.name(), TOLVANS_ID, PERSONNUMMER.name(), TOLVAN, NAMN.name(), "Tolvan Tolvansson",
            ADRESS.name(), "Storgatan 1", POSTNUMMER.name(), "123 45", ORT.name(), "Lund",
            TELEFON.name(), "070-123 45 67", PORTKOD.name(), "1234", SERIENUMMER.name(), "PH-000123",
            LEVERANTOR.name(), "PHONIRO", NEDMONTERING_SENAST.name(), LAST_DAY,
            NEDMONTERING_PAMINNELSE.name(), REMINDER, NEDMONTERING_ESKALERING.name(), ESCALATION));
  }

  private static Map<String, Object> removed() {
    return withVariables(LAS_FRANKOPPLAT_FRAN_BRUKARE.name(), true, ORDINARIE_LASVRED_ATERSTALLT.name(), true,
        LARMNYCKLAR_ATERLAMNADE.name(), true, NYCKELKVITTENS_SIGNERAD.name(), true, ARBETET_UTFORT.name(), true);
  }

  private static Map<String, Object> unlinkingChecked() {
    return withVariables(NYCKELNUMMER_FRANKOPPLAT_I_AXSOR.name(), true, SERIENUMMER_FRANKOPPLAT_I_PHONIRO.name(), true);
  }

  private static Date date(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}

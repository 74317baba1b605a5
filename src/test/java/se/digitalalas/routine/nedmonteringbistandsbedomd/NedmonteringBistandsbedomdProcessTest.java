package se.digitalalas.routine.nedmonteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.processtest.CalledProcessStub;
import se.digitalalas.processtest.DeployedCamundaForms;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.processtest.SharedStepMocks;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.routine.lasnedmontering.LasNedmontering;

/** Every path of nedmontering-bistandsbedomd, with a stub in place of the called las-nedmontering. */
@Deployment(resources = "bpmn/nedmontering-bistandsbedomd.bpmn")
class NedmonteringBistandsbedomdProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final long TOLVANS_ID = 42L;
  private static final Date CLOSED = Date.from(Instant.parse("2026-11-30T23:00:00Z"));
  private static final Date LAST_DAY = Date.from(Instant.parse("2026-12-14T22:59:00Z"));
  private static final Date REMINDER = Date.from(Instant.parse("2026-12-11T23:00:00Z"));
  private static final Date ESCALATION = Date.from(Instant.parse("2026-12-15T23:00:00Z"));

  private SharedStepMocks steps;
  private CalledProcessStub lasNedmontering;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    lasNedmontering = CalledProcessStub.deploy(engine.getProcessEngine(), LasNedmontering.PROCESS_ID,
        LasNedmontering.TASK_NEDMONTERA_LAS, LasNedmontering.END_EVENT_LAS_NEDMONTERAT);
    steps = SharedStepMocks.register(TOLVAN, TOLVANS_ID)
        .registeredDetails(withVariables(NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1",
            POSTNUMMER.name(), "123 45", ORT.name(), "Lund", TELEFON.name(), "070-123 45 67", PORTKOD.name(), "1234"))
        .insatser(true, true)
        .brukarensAlder(67)
        .linkedLock("PH-000123", "PHONIRO")
        .removalDeadline(LAST_DAY, REMINDER, ESCALATION);
  }

  @AfterEach
  void resetBeans() {
    lasNedmontering.undeploy();
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void theRegisteredBrukareIsTheCaseWithInsatserAndAge() {
    ProcessInstance nedmontering = start();

    assertThat(nedmontering).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_AVSLUTA_VERKSTALLIGHET);
    assertThat(nedmontering).variables()
        .containsEntry(PERSONNUMMER.name(), TOLVAN)
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(INSATS_HEMTJANST.name(), true)
        .containsEntry(INSATS_TRYGGHETSLARM.name(), true)
        .containsEntry(BRUKARENS_ALDER.name(), 67L)
        .containsEntry(NAMN.name(), "Tolvan Tolvansson");
    assertThat(steps.calls()).containsExactly("registeredBrukare", "oneRunningRoutinePerBrukare");
    assertThat(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering)).hasCandidateGroup("hemtjanstutforare")
        .isNotAssigned();
  }

  @Test
  @Deployment(resources = {"bpmn/nedmontering-bistandsbedomd.bpmn",
      "forms/nedmontering-bistandsbedomd/nedmontering-bistandsbedomd-start.form",
      "forms/nedmontering-bistandsbedomd/nedmontering-bistandsbedomd-avsluta-verkstallighet.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(NedmonteringBistandsbedomd.PROCESS_ID))
        .isEqualTo("nedmontering-bistandsbedomd-start");

    ProcessInstance nedmontering = start();

    assertThat(DeployedCamundaForms.ofTask(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering)))
        .isEqualTo("nedmontering-bistandsbedomd-avsluta-verkstallighet");
  }

  @Test
  void withoutALockTheRoutineEndsOnceTheHemtjanstVerkstallighetIsClosed() {
    steps.noLinkedLock();
    ProcessInstance nedmontering = start();

    complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering), hemtjanstClosed());

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(TASK_AVSLUTA_VERKSTALLIGHET, TASK_REGISTRERA_AVSLUTAD_VERKSTALLIGHET, TASK_KONTROLLERA_LAS,
            GATEWAY_LAS_FINNS, END_EVENT_INGET_LAS)
        .hasNotPassed(TASK_MEDDELA_DIGITALA_LAS);
    assertThat(steps.calls()).containsSubsequence("verkstallighetClosing:HEMTJANST", "linkedLockCheck")
        .doesNotContain("digitalaLasMessage", "removalDeadline");
  }

  @Test
  void aRefusedClosingLeavesTheTaskOpen() {
    ProcessInstance nedmontering = start();
    Refusal refusal = new Refusal("Bekräfta att hemtjänstens fysiska nycklar är återlämnade till brukaren");
    steps.fail("verkstallighetClosing", refusal);

    assertThatThrownBy(() -> complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering),
        withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED))).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_AVSLUTA_VERKSTALLIGHET)
        .hasNotPassed(TASK_AVSLUTA_VERKSTALLIGHET, TASK_KONTROLLERA_LAS);
    assertThat(steps.calls()).doesNotContain("linkedLockCheck");
  }

  @Test
  void aLockedDoorIsToldToDigitalaLasInItsOwnTransactions() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering), hemtjanstClosed());

    assertThat(job(nedmontering)).hasActivityId(TASK_MEDDELA_DIGITALA_LAS);
    assertThat(steps.calls()).endsWith("linkedLockCheck");
    execute(job(nedmontering));

    assertThat(steps.calls()).endsWith("digitalaLasMessage", "digitalaLasMessage:NEDMONTERING");
    assertThat(job(nedmontering)).hasActivityId(TASK_MEDDELA_DIGITALA_LAS);
    assertThat(taskQuery().processInstanceId(nedmontering.getId()).count()).isZero();
    execute(job(nedmontering));

    assertThat(nedmontering).isWaitingAtExactly(TASK_BEDOM_TRYGGHETSLARM);
    assertThat(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering)).hasCandidateGroup("larmhandlaggare").isNotAssigned();
  }

  @Test
  void aFailingMessageIsRetriedThreeTimesFiveMinutesApartAndThenIsAnIncident() {
    Date now = Date.from(Instant.parse("2026-12-01T09:00:00Z"));
    ClockUtil.setCurrentTime(now);
    steps.fail("digitalaLasMessage", new IllegalStateException("e-postservern svarar inte"));
    ProcessInstance nedmontering = start();
    complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering), hemtjanstClosed());

    assertThatThrownBy(() -> execute(job(nedmontering))).hasMessageContaining("e-postservern svarar inte");
    assertThat(job(nedmontering)).hasActivityId(TASK_MEDDELA_DIGITALA_LAS).hasRetries(2)
        .hasDueDate(Date.from(now.toInstant().plus(5, ChronoUnit.MINUTES)));
    assertThatThrownBy(() -> execute(job(nedmontering))).hasMessageContaining("e-postservern svarar inte");
    assertThat(job(nedmontering)).hasRetries(1);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(nedmontering.getId()).count()).isZero();
    assertThatThrownBy(() -> execute(job(nedmontering))).hasMessageContaining("e-postservern svarar inte");

    assertThat(job(nedmontering)).hasRetries(0);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(nedmontering.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(TASK_MEDDELA_DIGITALA_LAS);
    assertThat(incident.getIncidentMessage()).contains("e-postservern svarar inte");
    assertThat(nedmontering).isWaitingAtExactly(TASK_MEDDELA_DIGITALA_LAS).hasNotPassed(TASK_MEDDELA_DIGITALA_LAS);
    assertThat(steps.calls()).doesNotContain("digitalaLasMessage");
  }

  @Test
  void anIncidentRetriedOnceTheMailServerAnswersSendsTheMessage() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering), hemtjanstClosed());
    steps.fail("digitalaLasMessage", new IllegalStateException("e-postservern svarar inte"));
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> execute(job(nedmontering))).hasMessageContaining("e-postservern svarar inte");
    }
    steps.recover("digitalaLasMessage");

    managementService().setJobRetries(job(nedmontering).getId(), 1);
    execute(job(nedmontering));
    execute(job(nedmontering));

    assertThat(runtimeService().createIncidentQuery().processInstanceId(nedmontering.getId()).count()).isZero();
    assertThat(steps.calls()).containsOnlyOnce("digitalaLasMessage:NEDMONTERING");
    assertThat(nedmontering).isWaitingAtExactly(TASK_BEDOM_TRYGGHETSLARM);
  }

  @Test
  void theTrygghetslarmStaysSoTheLockStays() {
    ProcessInstance nedmontering = untilTheMessageIsSent();

    complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), withVariables(TRYGGHETSLARM_KVAR.name(), true));

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(TASK_BEDOM_TRYGGHETSLARM, TASK_KONTROLLERA_BEDOMNING, GATEWAY_TRYGGHETSLARM_KVAR,
            END_EVENT_LARM_KVAR_LASET_SITTER_KVAR)
        .hasNotPassed(TASK_AVSLUTA_LARM_VERKSTALLIGHET, TASK_BERAKNA_NEDMONTERING_SENAST, ACTIVITY_LAS_NEDMONTERING);
    assertThat(steps.calls()).contains("answerCheck:trygghetslarmKvar").doesNotContain("removalDeadline");
  }

  @Test
  void anUnansweredAssessmentLeavesTheTaskOpen() {
    ProcessInstance nedmontering = untilTheMessageIsSent();
    Refusal refusal = new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: trygghetslarmet kvarstår");
    steps.fail("answerCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), Map.of())).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_BEDOM_TRYGGHETSLARM).hasNotPassed(TASK_KONTROLLERA_BEDOMNING);
  }

  @Test
  void withTrygghetslarmItsVerkstallighetIsClosedTooBeforeTheLockIsRemovedUnderTheDeadline() {
    ProcessInstance nedmontering = untilTheMessageIsSent();
    complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), withVariables(TRYGGHETSLARM_KVAR.name(), false));

    assertThat(nedmontering).isWaitingAtExactly(TASK_AVSLUTA_LARM_VERKSTALLIGHET);
    assertThat(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering)).hasCandidateGroup("larmhandlaggare");
    complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering),
        withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_LAS_NEDMONTERING)
        .hasPassedInOrder(GATEWAY_HAR_TRYGGHETSLARM, TASK_AVSLUTA_LARM_VERKSTALLIGHET,
            TASK_REGISTRERA_AVSLUTAD_LARM_VERKSTALLIGHET, GATEWAY_ALLA_AVSLUTADE, TASK_BERAKNA_NEDMONTERING_SENAST);
    assertThat(steps.calls()).containsSubsequence("verkstallighetClosing:HEMTJANST", "digitalaLasMessage:NEDMONTERING",
        "answerCheck:trygghetslarmKvar", "verkstallighetClosing:TRYGGHETSLARM", "removalDeadline");
    assertThat(nedmontering).variables().containsEntry(NEDMONTERING_SENAST.name(), LAST_DAY);
  }

  @Test
  void aRefusedAlarmClosingLeavesTheTaskOpen() {
    ProcessInstance nedmontering = untilTheMessageIsSent();
    complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), withVariables(TRYGGHETSLARM_KVAR.name(), false));
    Refusal refusal = new Refusal("Datum då verkställigheten avslutades (2026-12-24) ligger i framtiden. "
        + "Ange dagen då verkställigheten avslutades i Lifecare");
    steps.fail("verkstallighetClosing", refusal);

    assertThatThrownBy(() -> complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering),
        withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED))).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_AVSLUTA_LARM_VERKSTALLIGHET)
        .hasNotPassed(TASK_AVSLUTA_LARM_VERKSTALLIGHET, TASK_BERAKNA_NEDMONTERING_SENAST);
  }

  @Test
  void withoutTrygghetslarmOnlyHemtjanstIsClosedAndTheLockIsRemoved() {
    steps.insatser(true, false);
    ProcessInstance nedmontering = untilTheMessageIsSent();

    complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), withVariables(TRYGGHETSLARM_KVAR.name(), false));

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_LAS_NEDMONTERING)
        .hasPassedInOrder(GATEWAY_TRYGGHETSLARM_KVAR, GATEWAY_HAR_TRYGGHETSLARM, GATEWAY_ALLA_AVSLUTADE,
            TASK_BERAKNA_NEDMONTERING_SENAST)
        .hasNotPassed(TASK_AVSLUTA_LARM_VERKSTALLIGHET);
    assertThat(steps.calls()).containsOnlyOnce("verkstallighetClosing:HEMTJANST")
        .doesNotContain("verkstallighetClosing:TRYGGHETSLARM");

    removeTheLock(nedmontering, false);

    assertThat(nedmontering).isEnded().hasPassed(ACTIVITY_LAS_NEDMONTERING, END_EVENT_LAS_NEDMONTERAT)
        .hasNotPassed(END_EVENT_BRUKARE_FRANKOPPLAD);
  }

  @Test
  void theCalledRemovalGetsTheBrukareTheLockAndTheDeadlinesAndHandsBackOnlyWhetherTheLockIsShared() {
    ProcessInstance nedmontering = untilTheRemovalIsCalled();

    assertThat(nedmontering).calledProcessInstance(LasNedmontering.PROCESS_ID)
        .hasBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .variables()
        .containsOnlyKeys(BRUKARE_ID.name(), PERSONNUMMER.name(), NAMN.name(), ADRESS.name(), POSTNUMMER.name(),
            ORT.name(), TELEFON.name(), PORTKOD.name(), SERIENUMMER.name(), LEVERANTOR.name(),
            NEDMONTERING_SENAST.name(), NEDMONTERING_PAMINNELSE.name(), NEDMONTERING_ESKALERING.name())
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(PERSONNUMMER.name(), TOLVAN)
        .containsEntry(NAMN.name(), "Tolvan Tolvansson")
        .containsEntry(ADRESS.name(), "Storgatan 1")
        .containsEntry(POSTNUMMER.name(), "123 45")
        .containsEntry(ORT.name(), "Lund")
        .containsEntry(TELEFON.name(), "070-123 45 67")
        .containsEntry(PORTKOD.name(), "1234")
        .containsEntry(SERIENUMMER.name(), "PH-000123")
        .containsEntry(LEVERANTOR.name(), "PHONIRO")
        .containsEntry(NEDMONTERING_SENAST.name(), LAST_DAY)
        .containsEntry(NEDMONTERING_PAMINNELSE.name(), REMINDER)
        .containsEntry(NEDMONTERING_ESKALERING.name(), ESCALATION);

    removeTheLock(nedmontering, false);

    assertThat(nedmontering).isEnded().hasPassedInOrder(ACTIVITY_LAS_NEDMONTERING, GATEWAY_NEDMONTERAT,
        END_EVENT_LAS_NEDMONTERAT);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(nedmontering.getId())
        .variableName(LASET_DELAS.name()).singleResult().getValue()).isEqualTo(false);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(nedmontering.getId())
        .variableName(BOKAD_TID.name()).count()).isZero();
  }

  @Test
  void aLockSharedWithACohabitantEndsWithOnlyTheBrukareUnlinked() {
    ProcessInstance nedmontering = untilTheRemovalIsCalled();

    removeTheLock(nedmontering, true);

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(ACTIVITY_LAS_NEDMONTERING, GATEWAY_NEDMONTERAT, END_EVENT_BRUKARE_FRANKOPPLAD)
        .hasNotPassed(END_EVENT_LAS_NEDMONTERAT);
  }

  private ProcessInstance untilTheMessageIsSent() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_AVSLUTA_VERKSTALLIGHET, nedmontering), hemtjanstClosed());
    execute(job(nedmontering));
    execute(job(nedmontering));
    return nedmontering;
  }

  private ProcessInstance untilTheRemovalIsCalled() {
    ProcessInstance nedmontering = untilTheMessageIsSent();
    complete(task(TASK_BEDOM_TRYGGHETSLARM, nedmontering), withVariables(TRYGGHETSLARM_KVAR.name(), false));
    complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering),
        withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED));
    return nedmontering;
  }

  /** The stub of las-nedmontering hands back what the real one does, and a variable that must stay there. */
  private static void removeTheLock(ProcessInstance nedmontering, boolean lasetDelas) {
    ProcessInstance removal = calledProcessInstance(LasNedmontering.PROCESS_ID, nedmontering);
    complete(task(LasNedmontering.TASK_NEDMONTERA_LAS, removal),
        withVariables(LASET_DELAS.name(), lasetDelas, BOKAD_TID.name(), CLOSED));
    assertThat(removal).isEnded();
  }

  /** Processes 2 and 4 start with only the personnummer; the registry has the rest. */
  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(NedmonteringBistandsbedomd.PROCESS_ID,
        withVariables(PERSONNUMMER.name(), "19121212-1212"));
  }

  private static Map<String, Object> hemtjanstClosed() {
    return withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED, FYSISKA_NYCKLAR_ATERLAMNADE.name(), true);
  }
}

package se.digitalalas.routine.nedmonteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
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

/** Every path of nedmontering-trygghetslarm, with a stub in place of the called las-nedmontering. */
@Deployment(resources = "bpmn/nedmontering-trygghetslarm.bpmn")
class NedmonteringTrygghetslarmProcessTest {

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
            POSTNUMMER.name(), "123 45", ORT.name(), "Lund", TELEFON.name(), "070-123 45 67"))
        .insatser(true, true)
        .brukarensAlder(81)
        .linkedLock("PH-000123", "PHONIRO")
        .removalDeadline(LAST_DAY, REMINDER, ESCALATION);
    Mocks.register("movedToHemtjanst", steps.recording("movedToHemtjanst"));
    Mocks.register("hemtjanstAnswer", steps.recording("hemtjanstAnswer"));
  }

  @AfterEach
  void resetBeans() {
    lasNedmontering.undeploy();
    Mocks.reset();
    reset();
  }

  @Test
  void theRegisteredBrukareIsTheCaseAndTheLarmhandlaggareAsksAboutHemtjanst() {
    ProcessInstance nedmontering = start();

    assertThat(nedmontering).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_KONTROLLERA_HEMTJANST);
    assertThat(nedmontering).variables()
        .containsEntry(PERSONNUMMER.name(), TOLVAN)
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(INSATS_HEMTJANST.name(), true)
        .containsEntry(INSATS_TRYGGHETSLARM.name(), true)
        .containsEntry(BRUKARENS_ALDER.name(), 81L);
    assertThat(steps.calls()).containsExactly("registeredBrukare", "oneRunningRoutinePerBrukare");
    assertThat(task(TASK_KONTROLLERA_HEMTJANST, nedmontering)).hasCandidateGroup("larmhandlaggare").isNotAssigned();
  }

  @Test
  @Deployment(resources = {"bpmn/nedmontering-trygghetslarm.bpmn",
      "forms/nedmontering-trygghetslarm/nedmontering-trygghetslarm-start.form",
      "forms/nedmontering-trygghetslarm/nedmontering-trygghetslarm-kontrollera-hemtjanst.form",
      "forms/shared/shared-avsluta-larm-verkstallighet.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(NedmonteringTrygghetslarm.PROCESS_ID))
        .isEqualTo("nedmontering-trygghetslarm-start");

    ProcessInstance nedmontering = start();
    assertThat(DeployedCamundaForms.ofTask(task(TASK_KONTROLLERA_HEMTJANST, nedmontering)))
        .isEqualTo("nedmontering-trygghetslarm-kontrollera-hemtjanst");
    complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), withVariables(HEMTJANST_KVARSTAR.name(), false));

    assertThat(DeployedCamundaForms.ofTask(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering)))
        .isEqualTo("shared-avsluta-larm-verkstallighet");
  }

  @Test
  void remainingHemtjanstMovesTheRecordToHemtjanstAndTheLockStays() {
    ProcessInstance nedmontering = start();

    complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), withVariables(HEMTJANST_KVARSTAR.name(), true));

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_HEMTJANST, TASK_KONTROLLERA_HEMTJANST_SVAR, GATEWAY_HEMTJANST_KVARSTAR,
            TASK_FLYTTA_TILL_HEMTJANST, END_EVENT_FLYTTAD_TILL_HEMTJANST)
        .hasNotPassed(TASK_AVSLUTA_LARM_VERKSTALLIGHET, TASK_KONTROLLERA_LAS);
    assertThat(steps.calls()).containsSubsequence("hemtjanstAnswer", "movedToHemtjanst")
        .doesNotContain("verkstallighetClosing", "linkedLockCheck");
  }

  @Test
  void aRefusedAnswerLeavesTheTaskOpen() {
    ProcessInstance nedmontering = start();
    Refusal refusal = new Refusal("Besvara frågan innan uppgiften slutförs: hemtjänstinsatser kvarstår");
    steps.fail("hemtjanstAnswer", refusal);

    assertThatThrownBy(() -> complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), Map.of())).isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_KONTROLLERA_HEMTJANST)
        .hasNotPassed(TASK_KONTROLLERA_HEMTJANST, GATEWAY_HEMTJANST_KVARSTAR);
  }

  @Test
  void withoutHemtjanstTheAlarmIsClosedAndWithoutALockTheRoutineEnds() {
    steps.noLinkedLock();
    ProcessInstance nedmontering = start();
    complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), withVariables(HEMTJANST_KVARSTAR.name(), false));

    assertThat(nedmontering).isWaitingAtExactly(TASK_AVSLUTA_LARM_VERKSTALLIGHET);
    assertThat(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering)).hasCandidateGroup("larmhandlaggare")
        .isNotAssigned();
    complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering), alarmClosed());

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(GATEWAY_HEMTJANST_KVARSTAR, TASK_AVSLUTA_LARM_VERKSTALLIGHET,
            TASK_REGISTRERA_AVSLUTAD_LARM_VERKSTALLIGHET, TASK_KONTROLLERA_LAS, GATEWAY_LAS_FINNS, END_EVENT_INGET_LAS)
        .hasNotPassed(TASK_FLYTTA_TILL_HEMTJANST, TASK_BERAKNA_NEDMONTERING_SENAST, ACTIVITY_LAS_NEDMONTERING);
    assertThat(steps.calls()).containsSubsequence("verkstallighetClosing:TRYGGHETSLARM", "linkedLockCheck")
        .doesNotContain("removalDeadline", "movedToHemtjanst", "digitalaLasMessage");
  }

  @Test
  void aRefusedAlarmClosingLeavesTheTaskOpen() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), withVariables(HEMTJANST_KVARSTAR.name(), false));
    Refusal refusal = new Refusal("Ange datum då verkställigheten avslutades");
    steps.fail("verkstallighetClosing", refusal);

    assertThatThrownBy(() -> complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering), Map.of()))
        .isSameAs(refusal);

    assertThat(nedmontering).isWaitingAtExactly(TASK_AVSLUTA_LARM_VERKSTALLIGHET)
        .hasNotPassed(TASK_AVSLUTA_LARM_VERKSTALLIGHET, TASK_KONTROLLERA_LAS);
  }

  @Test
  void aLockIsRemovedUnderTheDeadlineThroughTheCalledProcess() {
    ProcessInstance nedmontering = untilTheRemovalIsCalled();

    assertThat(nedmontering).isWaitingAtExactly(ACTIVITY_LAS_NEDMONTERING)
        .hasPassedInOrder(TASK_REGISTRERA_AVSLUTAD_LARM_VERKSTALLIGHET, TASK_KONTROLLERA_LAS, GATEWAY_LAS_FINNS,
            TASK_BERAKNA_NEDMONTERING_SENAST);
    assertThat(steps.calls()).containsSubsequence("hemtjanstAnswer",
        "verkstallighetClosing:TRYGGHETSLARM", "linkedLockCheck", "removalDeadline");
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
        .containsEntry(PORTKOD.name(), null)
        .containsEntry(SERIENUMMER.name(), "PH-000123")
        .containsEntry(LEVERANTOR.name(), "PHONIRO")
        .containsEntry(NEDMONTERING_SENAST.name(), LAST_DAY)
        .containsEntry(NEDMONTERING_PAMINNELSE.name(), REMINDER)
        .containsEntry(NEDMONTERING_ESKALERING.name(), ESCALATION);

    removeTheLock(nedmontering, false);

    assertThat(nedmontering).isEnded()
        .hasPassedInOrder(ACTIVITY_LAS_NEDMONTERING, GATEWAY_NEDMONTERAT, END_EVENT_LAS_NEDMONTERAT)
        .hasNotPassed(END_EVENT_BRUKARE_FRANKOPPLAD);
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
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(nedmontering.getId())
        .variableName(LASET_DELAS.name()).singleResult().getValue()).isEqualTo(true);
  }

  private ProcessInstance untilTheRemovalIsCalled() {
    ProcessInstance nedmontering = start();
    complete(task(TASK_KONTROLLERA_HEMTJANST, nedmontering), withVariables(HEMTJANST_KVARSTAR.name(), false));
    complete(task(TASK_AVSLUTA_LARM_VERKSTALLIGHET, nedmontering), alarmClosed());
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
    return runtimeService().startProcessInstanceByKey(NedmonteringTrygghetslarm.PROCESS_ID,
        withVariables(PERSONNUMMER.name(), "19121212-1212"));
  }

  private static Map<String, Object> alarmClosed() {
    return withVariables(VERKSTALLIGHET_AVSLUTAD_DATUM.name(), CLOSED);
  }
}

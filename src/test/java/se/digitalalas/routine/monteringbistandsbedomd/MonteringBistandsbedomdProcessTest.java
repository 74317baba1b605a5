package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import se.digitalalas.routine.lasinstallation.LasInstallation;

/** Every path of montering-bistandsbedomd, with a stub in place of the called las-installation. */
@Deployment(resources = "bpmn/montering-bistandsbedomd.bpmn")
class MonteringBistandsbedomdProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final long TOLVANS_ID = 42L;
  private static final Date REMINDER = Date.from(Instant.parse("2026-11-30T08:00:00Z"));
  private static final Date BOOKED = Date.from(Instant.parse("2026-11-27T08:30:00Z"));

  private Refusal answersRefusal;
  private SharedStepMocks steps;
  private CalledProcessStub lasInstallation;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    lasInstallation = CalledProcessStub.deploy(engine.getProcessEngine(), LasInstallation.PROCESS_ID,
        LasInstallation.TASK_INSTALLERA_LAS, LasInstallation.END_EVENT_LAS_INSTALLERAT);
    steps = SharedStepMocks.register(TOLVAN, TOLVANS_ID).installationReminder(REMINDER);
    Mocks.register("lasbehovAnswers", (JavaDelegate) execution -> {
      if (answersRefusal != null) {
        throw answersRefusal;
      }
      steps.calls().add("lasbehovAnswers");
    });
  }

  @AfterEach
  void resetBeans() {
    lasInstallation.undeploy();
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void brukareIntakeSetsBusinessKeyAndBrukare() {
    ProcessInstance montering = start();

    assertThat(montering).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_BEDOM_LASBEHOV);
    assertThat(montering).variables().containsEntry(BRUKARE_ID.name(), TOLVANS_ID).containsEntry(HAR_KODLAS.name(), false);
    assertThat(steps.calls()).startsWith("brukareIntake", "oneRunningRoutinePerBrukare");
  }

  @Test
  @Deployment(resources = {"bpmn/montering-bistandsbedomd.bpmn",
      "forms/montering-bistandsbedomd/montering-bistandsbedomd-start.form",
      "forms/montering-bistandsbedomd/montering-bistandsbedomd-bedom-lasbehov.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(MonteringBistandsbedomd.PROCESS_ID))
        .isEqualTo("montering-bistandsbedomd-start");

    ProcessInstance montering = start();

    assertThat(DeployedCamundaForms.ofTask(task(TASK_BEDOM_LASBEHOV, montering)))
        .isEqualTo("montering-bistandsbedomd-bedom-lasbehov");
  }

  @Test
  void lockAlreadyInstalledEndsAtOnce() {
    steps.lockInstalled(true);

    ProcessInstance montering = start();

    assertThat(montering).isEnded().hasPassed(END_EVENT_LAS_FINNS_REDAN).hasNotPassed(TASK_KONTROLLERA_KODLAS);
    assertThat(steps.standardTexts()).isEmpty();
  }

  @Test
  void aCohabitantOfAHouseholdWithALockIsLinkedToIt() {
    steps.lockInstalled(true);

    ProcessInstance montering = start();

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_BEFINTLIGT_LAS, TASK_KOPPLA_TILL_BEFINTLIGT_LAS, END_EVENT_LAS_FINNS_REDAN);
    assertThat(steps.calls()).contains("householdLockLink");
  }

  @Test
  void kodlasKnownInRegistrySkipsTheCheckpoints() {
    steps.kodlasKnown(true);

    ProcessInstance montering = start();

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_KODLAS, GATEWAY_KODLAS_DOKUMENTATION, TASK_DOKUMENTERA_KODLAS,
            END_EVENT_KODLAS_KAN_INTE_INSTALLERAS)
        .hasNotPassed(TASK_BEDOM_LASBEHOV);
    assertThat(steps.standardTexts()).containsExactly("KODLAS");
  }

  @Test
  void refusedAnswersLeaveTheTaskOpen() {
    ProcessInstance montering = start();
    answersRefusal = new Refusal("Ange nyckelnummer när fysiska nycklar finns");

    assertThatThrownBy(() -> complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, false)))
        .isSameAs(answersRefusal);

    assertThat(montering).isWaitingAtExactly(TASK_BEDOM_LASBEHOV).hasNotPassed(TASK_REGISTRERA_KODLAS);
  }

  @Test
  void kodlasAnsweredInTheTaskIsRegisteredAndDocumented() {
    ProcessInstance montering = start();
    assertThat(task(TASK_BEDOM_LASBEHOV, montering)).hasCandidateGroup("hemtjanstutforare").isNotAssigned();

    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(true, false, false, false));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_BEDOM_LASBEHOV, TASK_KONTROLLERA_SVAR, TASK_REGISTRERA_KODLAS,
            TASK_DOKUMENTERA_KODLAS,
            END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(steps.calls()).containsSubsequence("kodlasLookup", "lasbehovAnswers", "kodlasAnswer");
    assertThat(steps.standardTexts()).containsExactly("KODLAS");
  }

  @Test
  void opensTheDoorHimselfWithOnlyHemtjanst() {
    ProcessInstance montering = start();

    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, true, false));

    assertThat(montering).isEnded()
        .hasPassedInOrder(GATEWAY_OPPNAR_SJALV, TASK_DOKUMENTERA_OPPNAR_SJALV, END_EVENT_OPPNAR_SJALV)
        .hasNotPassed(GATEWAY_VILL_INTE_HA_LAS);
    assertThat(steps.standardTexts()).containsExactly("OPPNAR_SJALV");
  }

  @Test
  void opensTheDoorHimselfButHasTrygghetslarmSoTheLockIsNeeded() {
    ProcessInstance montering = start(withVariables(INSATS_TRYGGHETSLARM.name(), true));

    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, true, false));

    assertThat(montering).isNotEnded()
        .hasPassedInOrder(GATEWAY_OPPNAR_SJALV, GATEWAY_VILL_INTE_HA_LAS, GATEWAY_LAS_SKA_INSTALLERAS,
            TASK_REGISTRERA_NYCKLAR)
        .hasNotPassed(TASK_DOKUMENTERA_OPPNAR_SJALV, TASK_BESLUTA_OM_LAS);
    assertThat(steps.standardTexts()).isEmpty();
  }

  @Test
  void doesNotWantALockAndBistandshandlaggareDecidesNo() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, true));

    assertThat(montering).isWaitingAtExactly(TASK_BESLUTA_OM_LAS);
    assertThat(task(TASK_BESLUTA_OM_LAS, montering)).hasCandidateGroup("bistandshandlaggare");
    complete(task(TASK_BESLUTA_OM_LAS, montering), withVariables(INSTALLERA_LAS.name(), false,
        BESLUTSKOMMENTAR.name(), "Brukaren har fått information och avböjer."));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_BESLUTA_OM_LAS, TASK_DOKUMENTERA_OVERENSKOMMELSE, END_EVENT_OVERENSKOMMET_INGET_LAS);
    assertThat(steps.standardTexts()).containsExactly("OVERENSKOMMET_INGET_LAS");
    assertThat(steps.calls()).contains("answerCheck:installeraLas");
  }

  @Test
  void aDecisionWithoutAnAnswerLeavesTheTaskOpen() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, true));
    Refusal answerRefusal = new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: installera digitalt lås");
    steps.fail("answerCheck", answerRefusal);

    assertThatThrownBy(() -> complete(task(TASK_BESLUTA_OM_LAS, montering), Map.of()))
        .isSameAs(answerRefusal);

    assertThat(montering).isWaitingAtExactly(TASK_BESLUTA_OM_LAS).hasNotPassed(TASK_KONTROLLERA_BESLUT);
  }

  @Test
  void doesNotWantALockButBistandshandlaggareDecidesYes() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, true));

    complete(task(TASK_BESLUTA_OM_LAS, montering), withVariables(INSTALLERA_LAS.name(), true));

    assertThat(montering).isNotEnded()
        .hasPassedInOrder(TASK_BESLUTA_OM_LAS, GATEWAY_LAS_SKA_INSTALLERAS, GATEWAY_FYSISKA_NYCKLAR,
            TASK_REGISTRERA_NYCKLAR)
        .hasNotPassed(TASK_DOKUMENTERA_OVERENSKOMMELSE);
    assertThat(steps.standardTexts()).isEmpty();
  }

  @Test
  void withoutPhysicalKeysTheTaskReturnsUntilTheKeysAreIn() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, false, false, false));

    assertThat(montering).isWaitingAtExactly(TASK_TA_IN_FYSISKA_NYCKLAR);
    assertThat(task(TASK_TA_IN_FYSISKA_NYCKLAR, montering)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_TA_IN_FYSISKA_NYCKLAR, montering), withVariables(FYSISKA_NYCKLAR_FINNS.name(), false));

    assertThat(montering).isWaitingAtExactly(TASK_TA_IN_FYSISKA_NYCKLAR);
    complete(task(TASK_TA_IN_FYSISKA_NYCKLAR, montering),
        withVariables(FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "N-17", NYCKELNUMMER_LARMGRUPP.name(), "L-4"));

    assertThat(historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(montering.getId()).activityId(TASK_TA_IN_FYSISKA_NYCKLAR).count()).isEqualTo(2);
    assertThat(montering).hasPassed(TASK_REGISTRERA_NYCKLAR).variables()
        .containsEntry(NYCKELNUMMER.name(), "N-17").containsEntry(NYCKELNUMMER_LARMGRUPP.name(), "L-4");
    assertThat(steps.calls()).containsOnlyOnce("keyRegistration");
  }

  @Test
  void keysRegisteredThenTheMessageGoesOutInItsOwnTransactions() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, false));
    assertThat(steps.calls()).contains("keyRegistration").doesNotContain("digitalaLasMessage");

    execute(job(montering));
    assertThat(steps.calls()).doesNotContain("digitalaLasMessage");
    assertThat(job(montering)).hasActivityId(TASK_MEDDELA_DIGITALA_LAS);

    execute(job(montering));
    assertThat(steps.calls()).contains("digitalaLasMessage", "digitalaLasMessage:INSTALLATION");

    execute(job(montering));
    assertThat(montering).isWaitingAtExactly(TASK_PLANERA_INSTALLATION);
    assertThat(task(TASK_PLANERA_INSTALLATION, montering)).hasCandidateGroup("larmhandlaggare");
  }

  @Test
  void aFailingMessageIsRetriedThreeTimesFiveMinutesApart() {
    Date now = Date.from(Instant.parse("2026-11-23T09:00:00Z"));
    ClockUtil.setCurrentTime(now);
    steps.fail("digitalaLasMessage", new IllegalStateException("e-postservern svarar inte"));
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, false));
    execute(job(montering));

    assertThatThrownBy(() -> execute(job(montering))).hasMessageContaining("e-postservern svarar inte");

    Job retried = job(montering);
    assertThat(retried).hasActivityId(TASK_MEDDELA_DIGITALA_LAS).hasRetries(2).hasDueDate(
        Date.from(now.toInstant().plus(5, ChronoUnit.MINUTES)));
  }

  @Test
  void installationThroughTheCalledProcessEndsWithTheLockInstalled() {
    ProcessInstance montering = untilInstallationIsPlanned();

    assertThat(montering).isWaitingAtExactly(TASK_SATT_UPP_NFC_ETIKETT, ACTIVITY_LAS_INSTALLATION);
    assertThat(task(TASK_SATT_UPP_NFC_ETIKETT, montering)).hasCandidateGroup("hemtjanstutforare");
    assertThat(job(EVENT_INSTALLATION_FORSENAD, montering)).hasDueDate(REMINDER);
    assertThat(montering).calledProcessInstance(LasInstallation.PROCESS_ID)
        .hasBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .variables()
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(PERSONNUMMER.name(), TOLVAN)
        .containsEntry(NAMN.name(), "Tolvan Tolvansson")
        .containsEntry(ADRESS.name(), "Storgatan 1")
        .containsEntry(POSTNUMMER.name(), "123 45")
        .containsEntry(ORT.name(), "Lund")
        .containsEntry(TELEFON.name(), "070-123 45 67")
        .containsEntry(PORTKOD.name(), "1234")
        .containsEntry(NYCKELNUMMER.name(), "N-17")
        .containsEntry(INSTALLATION_PAMINNELSE.name(), REMINDER)
        .doesNotContainKey(INSATS_HEMTJANST.name());

    complete(task(TASK_SATT_UPP_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));
    installLock(montering);

    assertThat(montering).isWaitingAtExactly(TASK_TA_NED_NFC_ETIKETT)
        .hasPassed(TASK_REGISTRERA_NFC_UPPSATT, ACTIVITY_LAS_INSTALLATION, GATEWAY_PARALLELL_KLAR);
    assertThat(montering).variables().containsEntry(SERIENUMMER.name(), "PH-000123").containsEntry(BOKAD_TID.name(), BOOKED);
    assertThat(task(TASK_TA_NED_NFC_ETIKETT, montering)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_TA_NED_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_TA_NED_NFC_ETIKETT, TASK_REGISTRERA_NFC_NEDTAGEN, END_EVENT_LAS_INSTALLERAT)
        .hasNotPassed(TASK_FOLJ_UPP_INSTALLATION);
    assertThat(steps.calls()).containsSubsequence("keyRegistration", "digitalaLasMessage", "nfcTagTakenDown")
        .contains("nfcTagPutUp");
  }

  @Test
  void aLateInstallationRemindsTheLarmhandlaggare() {
    ProcessInstance montering = untilInstallationIsPlanned();

    execute(job(EVENT_INSTALLATION_FORSENAD, montering));

    assertThat(montering).isWaitingAtExactly(TASK_SATT_UPP_NFC_ETIKETT, ACTIVITY_LAS_INSTALLATION,
        TASK_FOLJ_UPP_INSTALLATION);
    assertThat(task(TASK_FOLJ_UPP_INSTALLATION, montering)).hasCandidateGroup("larmhandlaggare");
    complete(task(TASK_FOLJ_UPP_INSTALLATION, montering),
        withVariables(UPPFOLJNINGSKOMMENTAR.name(), "Montören har bokat ny tid."));

    assertThat(montering).isNotEnded().hasPassed(END_EVENT_PAMINNELSE_HANTERAD)
        .isWaitingAtExactly(TASK_SATT_UPP_NFC_ETIKETT, ACTIVITY_LAS_INSTALLATION);
  }

  @Test
  void anInstalledLockEndsAnOpenReminder() {
    ProcessInstance montering = untilInstallationIsPlanned();
    execute(job(EVENT_INSTALLATION_FORSENAD, montering));
    complete(task(TASK_SATT_UPP_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));
    installLock(montering);

    complete(task(TASK_TA_NED_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(montering).isEnded().hasPassed(END_EVENT_LAS_INSTALLERAT).hasNotPassed(END_EVENT_PAMINNELSE_HANTERAD);
    assertThat(taskQuery().taskDefinitionKey(TASK_FOLJ_UPP_INSTALLATION).count()).isZero();
  }

  private ProcessInstance untilInstallationIsPlanned() {
    ProcessInstance montering = start();
    complete(task(TASK_BEDOM_LASBEHOV, montering), answers(false, true, false, false));
    execute(job(montering));
    execute(job(montering));
    execute(job(montering));
    complete(task(TASK_PLANERA_INSTALLATION, montering),
        withVariables(PLANERINGSKOMMENTAR.name(), "Nycklar finns hos hemtjänsten."));
    return montering;
  }

  /** The stub of las-installation hands back what the real one does: serienummer and bokadTid. */
  private static void installLock(ProcessInstance montering) {
    ProcessInstance installation = calledProcessInstance(LasInstallation.PROCESS_ID, montering);
    complete(task(LasInstallation.TASK_INSTALLERA_LAS, installation),
        withVariables(SERIENUMMER.name(), "PH-000123", BOKAD_TID.name(), BOOKED));
    assertThat(installation).isEnded().hasPassed(END_EVENT_LAS_INSTALLERAT);
  }


  private static ProcessInstance start() {
    return start(Map.of());
  }

  private static ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>(withVariables(
        PERSONNUMMER.name(), "19121212-1212", NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1",
        POSTNUMMER.name(), "123 45", ORT.name(), "Lund", TELEFON.name(), "070-123 45 67", PORTKOD.name(), "1234",
        HEMVARDSOMRADE.name(), "Centrum", INSATS_HEMTJANST.name(), true, INSATS_TRYGGHETSLARM.name(), false,
        BESLUTSDATUM.name(), "2026-11-22"));
    variables.putAll(overrides);
    return runtimeService().startProcessInstanceByKey(MonteringBistandsbedomd.PROCESS_ID, variables);
  }

  private static Map<String, Object> answers(boolean harKodlas, boolean fysiskaNycklarFinns, boolean oppnarSjalv,
      boolean villInteHaLas) {
    Map<String, Object> answers = new HashMap<>(withVariables(HAR_KODLAS.name(), harKodlas,
        FYSISKA_NYCKLAR_FINNS.name(), fysiskaNycklarFinns, OPPNAR_SJALV.name(), oppnarSjalv, VILL_INTE_HA_LAS.name(), villInteHaLas));
    if (fysiskaNycklarFinns) {
      answers.put(NYCKELNUMMER.name(), "N-17");
    }
    return answers;
  }
}

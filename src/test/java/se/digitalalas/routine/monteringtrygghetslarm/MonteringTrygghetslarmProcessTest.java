package se.digitalalas.routine.monteringtrygghetslarm;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.monteringtrygghetslarm.MonteringTrygghetslarm.*;

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

/** Every path of montering-trygghetslarm, with a stub in place of the called las-installation. */
@Deployment(resources = "bpmn/montering-trygghetslarm.bpmn")
class MonteringTrygghetslarmProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final long TOLVANS_ID = 42L;
  private static final Date REMINDER = Date.from(Instant.parse("2026-11-30T08:00:00Z"));
  private static final Date BOOKED = Date.from(Instant.parse("2026-11-27T08:30:00Z"));

  private Refusal keysRefusal;
  private SharedStepMocks steps;
  private CalledProcessStub lasInstallation;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    lasInstallation = CalledProcessStub.deploy(engine.getProcessEngine(), LasInstallation.PROCESS_ID,
        LasInstallation.TASK_INSTALLERA_LAS, LasInstallation.END_EVENT_LAS_INSTALLERAT);
    steps = SharedStepMocks.register(TOLVAN, TOLVANS_ID).installationReminder(REMINDER);
    Mocks.register("fysiskaNycklarAnswers", (JavaDelegate) execution -> {
      if (keysRefusal != null) {
        throw keysRefusal;
      }
      steps.calls().add("fysiskaNycklarAnswers");
    });
    Mocks.register("keyRegistration", (JavaDelegate) execution -> steps.calls()
        .add("keyRegistration:" + execution.getVariableLocal("nyckelinnehavare") + ":" + NYCKELNUMMER.orNull(execution)));
  }

  @AfterEach
  void resetBeans() {
    lasInstallation.undeploy();
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void theLarmhandlaggareFirstChecksThePhysicalKeys() {
    ProcessInstance montering = start();

    assertThat(montering).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_KONTROLLERA_FYSISKA_NYCKLAR);
    assertThat(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering)).hasCandidateGroup("larmhandlaggare").isNotAssigned();
    assertThat(montering).variables().containsEntry(BRUKARE_ID.name(), TOLVANS_ID).containsEntry(HAR_KODLAS.name(), false);
    assertThat(steps.calls()).startsWith("brukareIntake", "oneRunningRoutinePerBrukare", "kodlasLookup");
  }

  @Test
  @Deployment(resources = {"bpmn/montering-trygghetslarm.bpmn",
      "forms/montering-trygghetslarm/montering-trygghetslarm-start.form",
      "forms/montering-trygghetslarm/montering-trygghetslarm-kontrollera-fysiska-nycklar.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(PROCESS_ID)).isEqualTo("montering-trygghetslarm-start");

    ProcessInstance montering = start();

    assertThat(DeployedCamundaForms.ofTask(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering)))
        .isEqualTo("montering-trygghetslarm-kontrollera-fysiska-nycklar");
  }

  @Test
  void aKodlasKnownToTheRegistryIsShownOnTheTaskButTheKeysComeFirst() {
    steps.kodlasKnown(true);

    ProcessInstance montering = start();

    assertThat(montering).isWaitingAtExactly(TASK_KONTROLLERA_FYSISKA_NYCKLAR).variables()
        .containsEntry(HAR_KODLAS.name(), true);
  }

  @Test
  void withoutKeysTheTaskIsRefusedAndStaysOpen() {
    ProcessInstance montering = start();
    keysRefusal = new Refusal("Fysiska nycklar till brukaren måste finnas hos larmgruppen innan processen kan gå vidare");

    assertThatThrownBy(() -> complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering),
        withVariables(FYSISKA_NYCKLAR_FINNS.name(), false, HAR_KODLAS.name(), false))).isSameAs(keysRefusal);

    assertThat(montering).isWaitingAtExactly(TASK_KONTROLLERA_FYSISKA_NYCKLAR)
        .hasNotPassed(TASK_REGISTRERA_KODLAS, TASK_REGISTRERA_NYCKLAR);
    assertThat(steps.calls()).doesNotContain("kodlasAnswer").noneMatch(call -> call.startsWith("keyRegistration"));
  }

  @Test
  void theKeysAreTheLarmgruppsAndTheRestRunsInItsOwnJob() {
    ProcessInstance montering = start();

    complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering), keys(false));

    assertThat(steps.calls()).containsSubsequence("fysiskaNycklarAnswers", "kodlasAnswer", "keyRegistration:LARMGRUPP:L-17")
        .doesNotContain("existingLockCheck");
    assertThat(job(montering)).hasActivityId(TASK_REGISTRERA_NYCKLAR);
    execute(job(montering));
    assertThat(montering).isWaitingAtExactly(TASK_BEDOM_INSTALLATION).hasPassed(TASK_KONTROLLERA_BEFINTLIGT_LAS);
  }

  @Test
  void aFailingStepAfterTheKeysIsRetriedThreeTimesFiveMinutesApart() {
    Date now = Date.from(Instant.parse("2026-11-23T09:00:00Z"));
    ClockUtil.setCurrentTime(now);
    steps.fail("existingLockCheck", new IllegalStateException("registret svarar inte"));
    ProcessInstance montering = start();
    complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering), keys(false));

    assertThatThrownBy(() -> execute(job(montering))).hasMessageContaining("registret svarar inte");

    Job retried = job(montering);
    assertThat(retried).hasActivityId(TASK_REGISTRERA_NYCKLAR).hasRetries(2)
        .hasDueDate(Date.from(now.toInstant().plus(5, ChronoUnit.MINUTES)));
    assertThat(steps.calls()).containsOnlyOnce("keyRegistration:LARMGRUPP:L-17");
  }

  @Test
  void aKodlasEndsWithTheStandardNoteAndAnNfcEtikett() {
    ProcessInstance montering = start();
    complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering), keys(true));
    execute(job(montering));

    assertThat(montering).isWaitingAtExactly(TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS);
    assertThat(task(TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS, montering)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_REGISTRERA_KODLAS, TASK_REGISTRERA_NYCKLAR, GATEWAY_HAR_KODLAS, TASK_DOKUMENTERA_KODLAS,
            TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS, TASK_REGISTRERA_NFC_UTAN_LAS, END_EVENT_KODLAS_KAN_INTE_INSTALLERAS)
        .hasNotPassed(TASK_KONTROLLERA_BEFINTLIGT_LAS, TASK_BEDOM_INSTALLATION, END_EVENT_INGEN_INSTALLATION);
    assertThat(steps.standardTexts()).containsExactly("KODLAS");
    assertThat(steps.calls()).containsSubsequence("kodlasAnswer", "keyRegistration:LARMGRUPP:L-17", "nfcTagPutUp");
  }

  @Test
  void aLockInTheHouseholdLinksTheBrukareOnceTheKeysAreDocumented() {
    steps.lockInstalled(true);
    ProcessInstance montering = start();
    complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering), keys(false));

    execute(job(montering));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_REGISTRERA_NYCKLAR, TASK_KONTROLLERA_BEFINTLIGT_LAS, TASK_KOPPLA_TILL_BEFINTLIGT_LAS,
            END_EVENT_LAS_FINNS_REDAN)
        .hasNotPassed(TASK_BEDOM_INSTALLATION);
    assertThat(steps.calls()).containsSubsequence("keyRegistration:LARMGRUPP:L-17", "existingLockCheck", "householdLockLink");
    assertThat(steps.standardTexts()).isEmpty();
  }

  @Test
  void noInstallationEndsWithAnNfcEtikettThatStays() {
    ProcessInstance montering = untilTheAssessment();
    assertThat(task(TASK_BEDOM_INSTALLATION, montering)).hasCandidateGroup("larmhandlaggare");

    complete(task(TASK_BEDOM_INSTALLATION, montering), withVariables(INSTALLERA_LAS.name(), false,
        BESLUTSKOMMENTAR.name(), "Brukaren avböjer."));
    complete(task(TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_BEDOMNING, GATEWAY_INSTALLERA_LAS, GATEWAY_UTAN_LAS,
            TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS, END_EVENT_INGEN_INSTALLATION)
        .hasNotPassed(TASK_DOKUMENTERA_KODLAS, ACTIVITY_LAS_INSTALLATION, END_EVENT_KODLAS_KAN_INTE_INSTALLERAS);
    assertThat(steps.calls()).contains("answerCheck:installeraLas", "nfcTagPutUp").doesNotContain("nfcTagTakenDown");
    assertThat(steps.standardTexts()).isEmpty();
  }

  @Test
  void anAssessmentWithoutAnAnswerLeavesTheTaskOpen() {
    ProcessInstance montering = untilTheAssessment();
    Refusal answerRefusal = new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: installera digitalt lås");
    steps.fail("answerCheck", answerRefusal);

    assertThatThrownBy(() -> complete(task(TASK_BEDOM_INSTALLATION, montering), Map.of())).isSameAs(answerRefusal);

    assertThat(montering).isWaitingAtExactly(TASK_BEDOM_INSTALLATION).hasNotPassed(TASK_KONTROLLERA_BEDOMNING);
  }

  @Test
  void installationThroughTheCalledProcessEndsWithTheLockInstalled() {
    ProcessInstance montering = untilInstallationIsDecided();

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
        .containsEntry(NYCKELNUMMER.name(), "L-17")
        .containsEntry(INSTALLATION_PAMINNELSE.name(), REMINDER)
        .doesNotContainKey(INSTALLERA_LAS.name());

    complete(task(TASK_SATT_UPP_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));
    installLock(montering);

    assertThat(montering).isWaitingAtExactly(TASK_TA_NED_NFC_ETIKETT)
        .hasPassed(TASK_REGISTRERA_NFC_UPPSATT, ACTIVITY_LAS_INSTALLATION, GATEWAY_PARALLELL_KLAR);
    assertThat(montering).variables().containsEntry(SERIENUMMER.name(), "PH-000123").containsEntry(BOKAD_TID.name(), BOOKED);
    complete(task(TASK_TA_NED_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(montering).isEnded()
        .hasPassedInOrder(TASK_TA_NED_NFC_ETIKETT, TASK_REGISTRERA_NFC_NEDTAGEN, END_EVENT_LAS_INSTALLERAT)
        .hasNotPassed(TASK_FOLJ_UPP_INSTALLATION, TASK_SATT_UPP_NFC_ETIKETT_UTAN_LAS);
    assertThat(steps.calls()).containsSubsequence("keyRegistration:LARMGRUPP:L-17", "answerCheck:installeraLas",
        "nfcTagTakenDown").contains("nfcTagPutUp").doesNotContain("digitalaLasMessage");
  }

  @Test
  void aLateInstallationRemindsTheLarmhandlaggare() {
    ProcessInstance montering = untilInstallationIsDecided();

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
    ProcessInstance montering = untilInstallationIsDecided();
    execute(job(EVENT_INSTALLATION_FORSENAD, montering));
    complete(task(TASK_SATT_UPP_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_UPPSATT.name(), true));
    installLock(montering);

    complete(task(TASK_TA_NED_NFC_ETIKETT, montering), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(montering).isEnded().hasPassed(END_EVENT_LAS_INSTALLERAT).hasNotPassed(END_EVENT_PAMINNELSE_HANTERAD);
    assertThat(taskQuery().taskDefinitionKey(TASK_FOLJ_UPP_INSTALLATION).count()).isZero();
  }

  private ProcessInstance untilTheAssessment() {
    ProcessInstance montering = start();
    complete(task(TASK_KONTROLLERA_FYSISKA_NYCKLAR, montering), keys(false));
    execute(job(montering));
    assertThat(montering).isWaitingAtExactly(TASK_BEDOM_INSTALLATION);
    return montering;
  }

  private ProcessInstance untilInstallationIsDecided() {
    ProcessInstance montering = untilTheAssessment();
    complete(task(TASK_BEDOM_INSTALLATION, montering), withVariables(INSTALLERA_LAS.name(), true));
    return montering;
  }

  /** The stub of las-installation hands back what the real one does: serienummer and bokadTid. */
  private static void installLock(ProcessInstance montering) {
    ProcessInstance installation = calledProcessInstance(LasInstallation.PROCESS_ID, montering);
    complete(task(LasInstallation.TASK_INSTALLERA_LAS, installation),
        withVariables(SERIENUMMER.name(), "PH-000123", BOKAD_TID.name(), BOOKED));
    assertThat(installation).isEnded().hasPassed(LasInstallation.END_EVENT_LAS_INSTALLERAT);
  }

  private static Map<String, Object> keys(boolean harKodlas) {
    return withVariables(FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "L-17", HAR_KODLAS.name(), harKodlas);
  }

  private static ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>(withVariables(
        PERSONNUMMER.name(), "19121212-1212", NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1",
        POSTNUMMER.name(), "123 45", ORT.name(), "Lund", TELEFON.name(), "070-123 45 67", PORTKOD.name(), "1234",
        HEMVARDSOMRADE.name(), "Centrum"));
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, variables);
  }
}

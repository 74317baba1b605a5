package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.refusal.Refusal;

/** Every path of montering-bistandsbedomd, with las-installation as the called process. */
@Deployment(resources = {"bpmn/montering-bistandsbedomd.bpmn", "bpmn/las-installation.bpmn"})
class MonteringBistandsbedomdProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String PERSONNUMMER = "191212121212";
  private static final long BRUKARE_ID = 42L;
  private static final Date PAMINNELSE = Date.from(Instant.parse("2026-11-30T08:00:00Z"));
  private static final Date BOKAD_TID = Date.from(Instant.parse("2026-11-27T08:30:00Z"));

  private boolean lockInstalled;
  private boolean kodlasKnownInRegistry;
  private RuntimeException messageFailure;
  private Refusal answersRefusal;
  private final List<String> calls = new ArrayList<>();
  private final List<String> standardTexts = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    Mocks.register("orderIntake", (ExecutionListener) execution -> {
      calls.add("orderIntake");
      execution.setProcessBusinessKey(PERSONNUMMER);
      execution.setVariable("personnummer", PERSONNUMMER);
      execution.setVariable("brukareId", BRUKARE_ID);
    });
    Mocks.register("existingLockCheck", (JavaDelegate) execution -> execution.setVariable("lasFinns", lockInstalled));
    Mocks.register("kodlasCheck", (JavaDelegate) execution -> {
      calls.add("kodlasCheck@" + execution.getCurrentActivityId());
      if (kodlasKnownInRegistry) {
        execution.setVariable("harKodlas", true);
      } else if (!execution.hasVariable("harKodlas")) {
        execution.setVariable("harKodlas", false);
      }
    });
    Mocks.register("lasbehovAnswers", (JavaDelegate) execution -> {
      if (answersRefusal != null) {
        throw answersRefusal;
      }
      calls.add("lasbehovAnswers");
    });
    Mocks.register("standardNoteWriter",
        (JavaDelegate) execution -> standardTexts.add((String) execution.getVariableLocal("standardtext")));
    Mocks.register("keyRegistration", recording("keyRegistration"));
    Mocks.register("digitalaLasMessage", (JavaDelegate) execution -> {
      if (messageFailure != null) {
        throw messageFailure;
      }
      calls.add("digitalaLasMessage");
    });
    Mocks.register("installationReminder",
        (JavaDelegate) execution -> execution.setVariable("installationPaminnelse", PAMINNELSE));
    Mocks.register("nfcTagPutUp", recording("nfcTagPutUp"));
    Mocks.register("nfcTagTakenDown", recording("nfcTagTakenDown"));
    Mocks.register("lockInstallation", recording("lockInstallation"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void orderIntakeSetsBusinessKeyAndBrukare() {
    ProcessInstance montering = start();

    assertThat(montering).hasBusinessKey(PERSONNUMMER).isWaitingAtExactly("Task_BedomLasbehov");
    assertThat(montering).variables().containsEntry("brukareId", BRUKARE_ID).containsEntry("harKodlas", false);
    assertThat(calls).startsWith("orderIntake");
  }

  @Test
  @Deployment(resources = {"bpmn/montering-bistandsbedomd.bpmn", "bpmn/las-installation.bpmn",
      "forms/montering-bistandsbedomd-start.form", "forms/bedom-lasbehov.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    String definitionId = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("montering-bistandsbedomd").singleResult().getId();
    assertThat(formService().getDeployedStartForm(definitionId)).asString(StandardCharsets.UTF_8)
        .contains("\"id\": \"montering-bistandsbedomd-start\"");

    ProcessInstance montering = start();

    assertThat(formService().getDeployedTaskForm(task("Task_BedomLasbehov", montering).getId()))
        .asString(StandardCharsets.UTF_8).contains("\"id\": \"bedom-lasbehov\"");
  }

  @Test
  void lockAlreadyInstalledEndsAtOnce() {
    lockInstalled = true;

    ProcessInstance montering = start();

    assertThat(montering).isEnded().hasPassed("EndEvent_LasFinnsRedan").hasNotPassed("Task_KontrolleraKodlas");
    assertThat(standardTexts).isEmpty();
  }

  @Test
  void kodlasKnownInRegistrySkipsTheCheckpoints() {
    kodlasKnownInRegistry = true;

    ProcessInstance montering = start();

    assertThat(montering).isEnded()
        .hasPassedInOrder("Task_KontrolleraKodlas", "Gateway_KodlasDokumentation", "Task_DokumenteraKodlas",
            "EndEvent_KodlasKanInteInstalleras")
        .hasNotPassed("Task_BedomLasbehov");
    assertThat(standardTexts).containsExactly("KODLAS");
  }

  @Test
  void refusedAnswersLeaveTheTaskOpen() {
    ProcessInstance montering = start();
    answersRefusal = new Refusal("Ange nyckelnummer när fysiska nycklar finns");

    assertThatThrownBy(() -> complete(task("Task_BedomLasbehov", montering), answers(false, true, false, false)))
        .isSameAs(answersRefusal);

    assertThat(montering).isWaitingAtExactly("Task_BedomLasbehov").hasNotPassed("Task_RegistreraKodlas");
  }

  @Test
  void kodlasAnsweredInTheTaskIsRegisteredAndDocumented() {
    ProcessInstance montering = start();
    assertThat(task("Task_BedomLasbehov", montering)).hasCandidateGroup("hemtjanstutforare").isNotAssigned();

    complete(task("Task_BedomLasbehov", montering), answers(true, false, false, false));

    assertThat(montering).isEnded()
        .hasPassedInOrder("Task_BedomLasbehov", "Task_KontrolleraSvar", "Task_RegistreraKodlas",
            "Task_DokumenteraKodlas",
            "EndEvent_KodlasKanInteInstalleras");
    assertThat(calls).containsSubsequence("kodlasCheck@Task_KontrolleraKodlas", "lasbehovAnswers",
        "kodlasCheck@Task_RegistreraKodlas");
    assertThat(standardTexts).containsExactly("KODLAS");
  }

  @Test
  void opensTheDoorHimselfWithOnlyHemtjanst() {
    ProcessInstance montering = start();

    complete(task("Task_BedomLasbehov", montering), answers(false, true, true, false));

    assertThat(montering).isEnded()
        .hasPassedInOrder("Gateway_OppnarSjalv", "Task_DokumenteraOppnarSjalv", "EndEvent_OppnarSjalv")
        .hasNotPassed("Gateway_VillInteHaLas");
    assertThat(standardTexts).containsExactly("OPPNAR_SJALV");
  }

  @Test
  void opensTheDoorHimselfButHasTrygghetslarmSoTheLockIsNeeded() {
    ProcessInstance montering = start(withVariables("insatsTrygghetslarm", true));

    complete(task("Task_BedomLasbehov", montering), answers(false, true, true, false));

    assertThat(montering).isNotEnded()
        .hasPassedInOrder("Gateway_OppnarSjalv", "Gateway_VillInteHaLas", "Gateway_LasSkaInstalleras",
            "Task_RegistreraNycklar")
        .hasNotPassed("Task_DokumenteraOppnarSjalv", "Task_BeslutaOmLas");
    assertThat(standardTexts).isEmpty();
  }

  @Test
  void doesNotWantALockAndBistandshandlaggareDecidesNo() {
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, true, false, true));

    assertThat(montering).isWaitingAtExactly("Task_BeslutaOmLas");
    assertThat(task("Task_BeslutaOmLas", montering)).hasCandidateGroup("bistandshandlaggare");
    complete(task("Task_BeslutaOmLas", montering), withVariables("installeraLas", false,
        "beslutskommentar", "Brukaren har fått information och avböjer."));

    assertThat(montering).isEnded()
        .hasPassedInOrder("Task_BeslutaOmLas", "Task_DokumenteraOverenskommelse", "EndEvent_OverenskommetIngetLas");
    assertThat(standardTexts).containsExactly("OVERENSKOMMET_INGET_LAS");
  }

  @Test
  void doesNotWantALockButBistandshandlaggareDecidesYes() {
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, true, false, true));

    complete(task("Task_BeslutaOmLas", montering), withVariables("installeraLas", true));

    assertThat(montering).isNotEnded()
        .hasPassedInOrder("Task_BeslutaOmLas", "Gateway_LasSkaInstalleras", "Gateway_FysiskaNycklar",
            "Task_RegistreraNycklar")
        .hasNotPassed("Task_DokumenteraOverenskommelse");
    assertThat(standardTexts).isEmpty();
  }

  @Test
  void withoutPhysicalKeysTheTaskReturnsUntilTheKeysAreIn() {
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, false, false, false));

    assertThat(montering).isWaitingAtExactly("Task_TaInFysiskaNycklar");
    assertThat(task("Task_TaInFysiskaNycklar", montering)).hasCandidateGroup("hemtjanstutforare");
    complete(task("Task_TaInFysiskaNycklar", montering), withVariables("fysiskaNycklarFinns", false));

    assertThat(montering).isWaitingAtExactly("Task_TaInFysiskaNycklar");
    complete(task("Task_TaInFysiskaNycklar", montering),
        withVariables("fysiskaNycklarFinns", true, "nyckelnummer", "N-17", "nyckelnummerLarmgrupp", "L-4"));

    assertThat(historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(montering.getId()).activityId("Task_TaInFysiskaNycklar").count()).isEqualTo(2);
    assertThat(montering).hasPassed("Task_RegistreraNycklar").variables()
        .containsEntry("nyckelnummer", "N-17").containsEntry("nyckelnummerLarmgrupp", "L-4");
    assertThat(calls).containsOnlyOnce("keyRegistration");
  }

  @Test
  void keysRegisteredThenTheMessageGoesOutInItsOwnTransactions() {
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, true, false, false));
    assertThat(calls).contains("keyRegistration").doesNotContain("digitalaLasMessage");

    execute(job(montering));
    assertThat(calls).doesNotContain("digitalaLasMessage");
    assertThat(job(montering)).hasActivityId("Task_MeddelaDigitalaLas");

    execute(job(montering));
    assertThat(calls).contains("digitalaLasMessage");

    execute(job(montering));
    assertThat(montering).isWaitingAtExactly("Task_PlaneraInstallation");
    assertThat(task("Task_PlaneraInstallation", montering)).hasCandidateGroup("larmhandlaggare");
  }

  @Test
  void aFailingMessageIsRetriedThreeTimesFiveMinutesApart() {
    Date now = Date.from(Instant.parse("2026-11-23T09:00:00Z"));
    ClockUtil.setCurrentTime(now);
    messageFailure = new IllegalStateException("e-postservern svarar inte");
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, true, false, false));
    execute(job(montering));

    assertThatThrownBy(() -> execute(job(montering))).hasMessageContaining("e-postservern svarar inte");

    Job retried = job(montering);
    assertThat(retried).hasActivityId("Task_MeddelaDigitalaLas").hasRetries(2).hasDueDate(
        Date.from(now.toInstant().plus(5, ChronoUnit.MINUTES)));
  }

  @Test
  void installationThroughTheCalledProcessEndsWithTheLockInstalled() {
    ProcessInstance montering = untilInstallationIsPlanned();

    assertThat(montering).isWaitingAtExactly("Task_SattUppNfcEtikett", "Activity_LasInstallation");
    assertThat(task("Task_SattUppNfcEtikett", montering)).hasCandidateGroup("hemtjanstutforare");
    assertThat(job("Event_InstallationForsenad", montering)).hasDueDate(PAMINNELSE);
    assertThat(montering).calledProcessInstance("las-installation")
        .hasBusinessKey(PERSONNUMMER)
        .variables()
        .containsEntry("brukareId", BRUKARE_ID)
        .containsEntry("personnummer", PERSONNUMMER)
        .containsEntry("namn", "Tolvan Tolvansson")
        .containsEntry("adress", "Storgatan 1")
        .containsEntry("postnummer", "123 45")
        .containsEntry("ort", "Lund")
        .containsEntry("telefon", "070-123 45 67")
        .containsEntry("portkod", "1234")
        .containsEntry("nyckelnummer", "N-17")
        .doesNotContainKey("insatsHemtjanst");

    complete(task("Task_SattUppNfcEtikett", montering), withVariables("nfcEtikettUppsatt", true));
    installLock(montering);

    assertThat(montering).isWaitingAtExactly("Task_TaNedNfcEtikett")
        .hasPassed("Task_RegistreraNfcUppsatt", "Activity_LasInstallation", "Gateway_ParallellKlar");
    assertThat(montering).variables().containsEntry("serienummer", "PH-000123").containsEntry("bokadTid", BOKAD_TID);
    assertThat(task("Task_TaNedNfcEtikett", montering)).hasCandidateGroup("hemtjanstutforare");
    complete(task("Task_TaNedNfcEtikett", montering), withVariables("nfcEtikettNedtagen", true));

    assertThat(montering).isEnded()
        .hasPassedInOrder("Task_TaNedNfcEtikett", "Task_RegistreraNfcNedtagen", "EndEvent_LasInstallerat")
        .hasNotPassed("Task_FoljUppInstallation");
    assertThat(calls).containsSubsequence("keyRegistration", "digitalaLasMessage", "lockInstallation",
        "nfcTagTakenDown").contains("nfcTagPutUp");
  }

  @Test
  void aLateInstallationRemindsTheLarmhandlaggare() {
    ProcessInstance montering = untilInstallationIsPlanned();

    execute(job("Event_InstallationForsenad", montering));

    assertThat(montering).isWaitingAtExactly("Task_SattUppNfcEtikett", "Activity_LasInstallation",
        "Task_FoljUppInstallation");
    assertThat(task("Task_FoljUppInstallation", montering)).hasCandidateGroup("larmhandlaggare");
    complete(task("Task_FoljUppInstallation", montering),
        withVariables("uppfoljningskommentar", "Montören har bokat ny tid."));

    assertThat(montering).isNotEnded().hasPassed("EndEvent_PaminnelseHanterad")
        .isWaitingAtExactly("Task_SattUppNfcEtikett", "Activity_LasInstallation");
  }

  @Test
  void anInstalledLockEndsAnOpenReminder() {
    ProcessInstance montering = untilInstallationIsPlanned();
    execute(job("Event_InstallationForsenad", montering));
    complete(task("Task_SattUppNfcEtikett", montering), withVariables("nfcEtikettUppsatt", true));
    installLock(montering);

    complete(task("Task_TaNedNfcEtikett", montering), withVariables("nfcEtikettNedtagen", true));

    assertThat(montering).isEnded().hasPassed("EndEvent_LasInstallerat").hasNotPassed("EndEvent_PaminnelseHanterad");
    assertThat(taskQuery().taskDefinitionKey("Task_FoljUppInstallation").count()).isZero();
  }

  private ProcessInstance untilInstallationIsPlanned() {
    ProcessInstance montering = start();
    complete(task("Task_BedomLasbehov", montering), answers(false, true, false, false));
    execute(job(montering));
    execute(job(montering));
    execute(job(montering));
    complete(task("Task_PlaneraInstallation", montering),
        withVariables("planeringskommentar", "Nycklar finns hos hemtjänsten."));
    return montering;
  }

  private static void installLock(ProcessInstance montering) {
    ProcessInstance installation = calledProcessInstance("las-installation", montering);
    complete(task("Task_BokaInstallation", installation), withVariables("bokadTid", BOKAD_TID));
    complete(task("Task_InstalleraLas", installation), withVariables("serienummer", "PH-000123",
        "leverantor", "PHONIRO", "lasKopplatTillBrukare", true, "lasvredMarktMedNyckelnummer", true,
        "arbetetUtfort", true));
    assertThat(installation).isEnded().hasPassed("EndEvent_LasInstallerat");
  }

  private JavaDelegate recording(String bean) {
    return execution -> calls.add(bean);
  }

  private static ProcessInstance start() {
    return start(Map.of());
  }

  private static ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>(withVariables(
        "personnummer", "19121212-1212", "namn", "Tolvan Tolvansson", "adress", "Storgatan 1",
        "postnummer", "123 45", "ort", "Lund", "telefon", "070-123 45 67", "portkod", "1234",
        "hemvardsomrade", "Centrum", "insatsHemtjanst", true, "insatsTrygghetslarm", false,
        "beslutsdatum", "2026-11-22"));
    variables.putAll(overrides);
    return runtimeService().startProcessInstanceByKey("montering-bistandsbedomd", variables);
  }

  private static Map<String, Object> answers(boolean harKodlas, boolean fysiskaNycklarFinns, boolean oppnarSjalv,
      boolean villInteHaLas) {
    Map<String, Object> answers = new HashMap<>(withVariables("harKodlas", harKodlas,
        "fysiskaNycklarFinns", fysiskaNycklarFinns, "oppnarSjalv", oppnarSjalv, "villInteHaLas", villInteHaLas));
    if (fysiskaNycklarFinns) {
      answers.put("nyckelnummer", "N-17");
    }
    return answers;
  }
}

package se.digitalalas.routine.sammanboende;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.sammanboende.Sammanboende.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

/**
 * Every path of sammanboende: insatser verkställda or arranged by the verksamhet, the household's
 * lock unit there already or installed through las-installation, the ticket to välfärdsteknik and
 * its answer; refusals at the start, on the verksamhet's task and on the team's answer.
 */
@Deployment(resources = "bpmn/sammanboende.bpmn")
class SammanboendeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String INGRID = "194505125528";
  private static final long INGRIDS_ID = 42L;
  private static final long BOS_ID = 43L;
  private static final Date REMINDER = new Date(1_800_000_000_000L);

  private SharedStepMocks steps;
  private CalledProcessStub lasInstallation;
  private boolean insatserVerkstallda;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    lasInstallation = CalledProcessStub.deploy(engine.getProcessEngine(), LasInstallation.PROCESS_ID,
        LasInstallation.TASK_INSTALLERA_LAS, LasInstallation.END_EVENT_LAS_INSTALLERAT);
    steps = SharedStepMocks.register(INGRID, INGRIDS_ID).installationReminder(REMINDER);
    Mocks.register("cohabitantOrder", (ExecutionListener) execution -> {
      steps.calls().add("cohabitantOrder");
      if (failingOrder != null) {
        throw failingOrder;
      }
      execution.setProcessBusinessKey(SharedStepMocks.CASE_REFERENCE);
      BRUKARE_ID.set(execution, INGRIDS_ID);
      SAMMANBOENDE_BRUKARE_ID.set(execution, BOS_ID);
    });
    Mocks.register("verkstalldaInsatser", steps.step("verkstalldaInsatser", execution -> {
      INSATSER_VERKSTALLDA.set(execution, insatserVerkstallda);
      if (!insatserVerkstallda) {
        SAKNAR_VERKSTALLD_INSATS.set(execution, "Bo Ek");
      }
    }));
    Mocks.register("verkstalldInsatsRecorded", steps.recording("verkstalldInsatsRecorded"));
    Mocks.register("lindeskTicket", steps.recording("lindeskTicket"));
    Mocks.register("cohabitantsLinked", steps.recording("cohabitantsLinked"));
  }

  private RuntimeException failingOrder;

  @AfterEach
  void resetBeans() {
    lasInstallation.undeploy();
    Mocks.reset();
    reset();
  }

  @Test
  void bothVerkstalldAndTheUnitOnTheDoorTheTicketGoesOutAndValfardsteknikLinksThem() {
    insatserVerkstallda = true;
    steps.lockInstalled(true);

    ProcessInstance order = start("tillkommande");

    assertThat(order).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_KOPPLA_SAMMANBOENDE)
        .hasPassedInOrder(TASK_KONTROLLERA_VERKSTALLDA_INSATSER, TASK_KONTROLLERA_HUSHALLETS_LAS,
            TASK_SKICKA_ARENDE_TILL_VALFARDSTEKNIK)
        .hasNotPassed(TASK_ORDNA_VERKSTALLD_INSATS, ACTIVITY_LAS_INSTALLATION);
    assertThat(order).variables().containsEntry(BRUKARE_ID.name(), INGRIDS_ID)
        .containsEntry(SAMMANBOENDE_BRUKARE_ID.name(), BOS_ID);
    assertThat(task(TASK_KOPPLA_SAMMANBOENDE, order)).hasCandidateGroup("valfardsteknik").isNotAssigned();
    assertThat(steps.calls()).containsExactly("cohabitantOrder", "oneRunningRoutinePerBrukare",
        "verkstalldaInsatser", "existingLockCheck", "lindeskTicket");

    complete(task(TASK_KOPPLA_SAMMANBOENDE, order), answered());

    assertThat(order).isEnded().hasPassedInOrder(TASK_KOPPLA_SAMMANBOENDE, TASK_KONTROLLERA_KOPPLING,
        TASK_REGISTRERA_SAMMANKOPPLING, END_EVENT_SAMMANKOPPLAD);
    assertThat(steps.calls()).endsWith("checkpointCheck:kopplatITes,inventarielistaUppdaterad,arendeBesvarat",
        "cohabitantsLinked");
  }

  @Test
  void aCohabitantWithoutAVerkstalldInsatsGivesTheVerksamhetATaskBeforeTheTicket() {
    insatserVerkstallda = false;
    steps.lockInstalled(true);

    ProcessInstance order = start("tillkommande");

    assertThat(order).isWaitingAtExactly(TASK_ORDNA_VERKSTALLD_INSATS).hasNotPassed(TASK_SKICKA_ARENDE_TILL_VALFARDSTEKNIK);
    assertThat(order).variables().containsEntry(SAKNAR_VERKSTALLD_INSATS.name(), "Bo Ek");
    assertThat(task(TASK_ORDNA_VERKSTALLD_INSATS, order)).hasCandidateGroup("verksamhet").isNotAssigned();
    assertThat(steps.calls()).doesNotContain("lindeskTicket");

    complete(task(TASK_ORDNA_VERKSTALLD_INSATS, order), withVariables(INSATS_VERKSTALLD.name(), true,
        VERKSTALLIGHET_STARTDATUM.name(), new Date()));

    assertThat(order).isWaitingAtExactly(TASK_KOPPLA_SAMMANBOENDE)
        .hasPassedInOrder(TASK_ORDNA_VERKSTALLD_INSATS, TASK_REGISTRERA_VERKSTALLD_INSATS,
            TASK_KONTROLLERA_HUSHALLETS_LAS, TASK_SKICKA_ARENDE_TILL_VALFARDSTEKNIK);
    assertThat(steps.calls()).containsSubsequence("verkstalldInsatsRecorded", "existingLockCheck", "lindeskTicket");
  }

  @Test
  void anUnconfirmedVerkstalldInsatsLeavesTheVerksamhetsTaskOpen() {
    insatserVerkstallda = false;
    ProcessInstance order = start("samtidigt");
    Refusal refusal = new Refusal("Bekräfta innan uppgiften slutförs: insatsen verkställd");
    steps.fail("verkstalldInsatsRecorded", refusal);

    assertThatThrownBy(() -> complete(task(TASK_ORDNA_VERKSTALLD_INSATS, order), Map.of())).isSameAs(refusal);

    assertThat(order).isWaitingAtExactly(TASK_ORDNA_VERKSTALLD_INSATS);
    assertThat(steps.calls()).doesNotContain("lindeskTicket");
  }

  @Test
  void withoutAUnitInTheHouseholdOneIsInstalledThroughLasInstallationBeforeTheLink() {
    insatserVerkstallda = true;
    steps.lockInstalled(false);

    ProcessInstance order = start("samtidigt");

    assertThat(order).hasPassedInOrder(TASK_SKICKA_ARENDE_TILL_VALFARDSTEKNIK, TASK_BERAKNA_INSTALLATIONSPAMINNELSE)
        .isWaitingAtExactly(ACTIVITY_LAS_INSTALLATION);
    ProcessInstance installation = calledProcessInstance(LasInstallation.PROCESS_ID, order);
    assertThat(installation).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).variables()
        .containsEntry(BRUKARE_ID.name(), INGRIDS_ID)
        .containsEntry(INSTALLATION_PAMINNELSE.name(), REMINDER);
    assertThat(order).isNotWaitingAt(TASK_KOPPLA_SAMMANBOENDE);

    complete(task(LasInstallation.TASK_INSTALLERA_LAS, installation), withVariables(SERIENUMMER.name(), "PH-900"));

    assertThat(order).isWaitingAtExactly(TASK_KOPPLA_SAMMANBOENDE).variables().containsEntry(SERIENUMMER.name(), "PH-900");
    complete(task(TASK_KOPPLA_SAMMANBOENDE, order), answered());
    assertThat(order).isEnded().hasPassed(ACTIVITY_LAS_INSTALLATION, END_EVENT_SAMMANKOPPLAD);
  }

  @Test
  void anUnconfirmedLinkLeavesTheTeamsTaskOpenAndLinksNobody() {
    insatserVerkstallda = true;
    steps.lockInstalled(true);
    ProcessInstance order = start("tillkommande");
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: ärendet besvarat");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_KOPPLA_SAMMANBOENDE, order),
        withVariables(KOPPLAT_I_TES.name(), true, INVENTARIELISTA_UPPDATERAD.name(), true))).isSameAs(refusal);

    assertThat(order).isWaitingAtExactly(TASK_KOPPLA_SAMMANBOENDE).hasNotPassed(END_EVENT_SAMMANKOPPLAD);
    assertThat(steps.calls()).doesNotContain("cohabitantsLinked");
  }

  @Test
  void aRefusedOrderStartsNothing() {
    failingOrder = new Refusal("Befintlig brukare har inget installerat digitalt lås att knyta den sammanboende till");

    assertThatThrownBy(() -> start("tillkommande")).isSameAs(failingOrder);

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isZero();
    assertThat(steps.calls()).containsExactly("cohabitantOrder");
  }

  @Test
  @Deployment(resources = {"bpmn/sammanboende.bpmn",
      "forms/sammanboende/sammanboende-start.form",
      "forms/sammanboende/sammanboende-ordna-verkstalld-insats.form",
      "forms/sammanboende/sammanboende-koppla-sammanboende.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(PROCESS_ID)).isEqualTo("sammanboende-start");
    insatserVerkstallda = false;
    steps.lockInstalled(true);

    ProcessInstance order = start("samtidigt");
    assertThat(DeployedCamundaForms.ofTask(task(TASK_ORDNA_VERKSTALLD_INSATS, order)))
        .isEqualTo("sammanboende-ordna-verkstalld-insats");
    complete(task(TASK_ORDNA_VERKSTALLD_INSATS, order), withVariables(INSATS_VERKSTALLD.name(), true));

    assertThat(DeployedCamundaForms.ofTask(task(TASK_KOPPLA_SAMMANBOENDE, order)))
        .isEqualTo("sammanboende-koppla-sammanboende");
  }

  private static Map<String, Object> answered() {
    return withVariables(KOPPLAT_I_TES.name(), true, INVENTARIELISTA_UPPDATERAD.name(), true,
        ARENDE_BESVARAT.name(), true);
  }

  private static ProcessInstance start(String bestallningstyp) {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, withVariables(
        BESTALLNINGSTYP.name(), bestallningstyp,
        PERSONNUMMER.name(), "19450512-5528",
        NAMN.name(), "Ingrid Ek",
        ADRESS.name(), "Granvägen 8"));
  }
}

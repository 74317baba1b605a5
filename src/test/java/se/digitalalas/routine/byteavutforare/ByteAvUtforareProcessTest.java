package se.digitalalas.routine.byteavutforare;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.byteavutforare.ByteAvUtforare.*;

import java.util.Map;
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

/** Every path of byte-av-utforare: both providers informed, then the change is registered. */
@Deployment(resources = "bpmn/byte-av-utforare.bpmn")
class ByteAvUtforareProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final long TOLVANS_ID = 42L;

  private SharedStepMocks steps;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    steps = SharedStepMocks.register(TOLVAN, TOLVANS_ID)
        .registeredDetails(withVariables(NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1"))
        .insatser(true, false);
    Mocks.register("utforareChangeRequest", steps.recording("utforareChangeRequest"));
    Mocks.register("utforareChangeRecorded", steps.recording("utforareChangeRecorded"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void theRegisteredBrukareIsTheCaseAndTheBistandshandlaggareInformsTheNewProvider() {
    ProcessInstance change = start();

    assertThat(change).hasBusinessKey(SharedStepMocks.CASE_REFERENCE).isWaitingAtExactly(TASK_INFORMERA_NY_UTFORARE);
    assertThat(change).variables()
        .containsEntry(PERSONNUMMER.name(), TOLVAN)
        .containsEntry(BRUKARE_ID.name(), TOLVANS_ID)
        .containsEntry(TIDIGARE_UTFORARE.name(), "Hemtjänst Norra")
        .containsEntry(NY_UTFORARE.name(), "Omsorg Söder");
    assertThat(steps.calls())
        .containsExactly("registeredBrukare", "utforareChangeRequest", "oneRunningRoutinePerBrukare");
    assertThat(task(TASK_INFORMERA_NY_UTFORARE, change)).hasCandidateGroup("bistandshandlaggare").isNotAssigned();
  }

  @Test
  @Deployment(resources = {"bpmn/byte-av-utforare.bpmn",
      "forms/byte-av-utforare/byte-av-utforare-start.form",
      "forms/byte-av-utforare/byte-av-utforare-informera-ny-utforare.form",
      "forms/byte-av-utforare/byte-av-utforare-informera-tidigare-utforare.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(PROCESS_ID)).isEqualTo("byte-av-utforare-start");

    ProcessInstance change = start();
    assertThat(DeployedCamundaForms.ofTask(task(TASK_INFORMERA_NY_UTFORARE, change)))
        .isEqualTo("byte-av-utforare-informera-ny-utforare");
    complete(task(TASK_INFORMERA_NY_UTFORARE, change), withVariables(NY_UTFORARE_INFORMERAD.name(), true));

    assertThat(DeployedCamundaForms.ofTask(task(TASK_INFORMERA_TIDIGARE_UTFORARE, change)))
        .isEqualTo("byte-av-utforare-informera-tidigare-utforare");
  }

  @Test
  void bothProvidersInformedTheChangeIsRegisteredAndTheRoutineEnds() {
    ProcessInstance change = start();

    complete(task(TASK_INFORMERA_NY_UTFORARE, change), withVariables(NY_UTFORARE_INFORMERAD.name(), true));
    assertThat(change).isWaitingAtExactly(TASK_INFORMERA_TIDIGARE_UTFORARE);
    assertThat(task(TASK_INFORMERA_TIDIGARE_UTFORARE, change)).hasCandidateGroup("bistandshandlaggare").isNotAssigned();
    complete(task(TASK_INFORMERA_TIDIGARE_UTFORARE, change), withVariables(TIDIGARE_UTFORARE_INFORMERAD.name(), true));

    assertThat(change).isEnded()
        .hasPassedInOrder(TASK_INFORMERA_NY_UTFORARE, TASK_KONTROLLERA_NY_UTFORARE_INFORMERAD,
            TASK_INFORMERA_TIDIGARE_UTFORARE, TASK_KONTROLLERA_TIDIGARE_UTFORARE_INFORMERAD,
            TASK_REGISTRERA_BYTE_AV_UTFORARE, END_EVENT_UTFORARE_BYTT);
    assertThat(steps.calls()).containsSubsequence("checkpointCheck:nyUtforareInformerad",
        "checkpointCheck:tidigareUtforareInformerad", "utforareChangeRecorded");
  }

  @Test
  void anUnconfirmedNewProviderLeavesTheTaskOpen() {
    ProcessInstance change = start();
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: den nya utföraren informerad");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_INFORMERA_NY_UTFORARE, change), Map.of())).isSameAs(refusal);

    assertThat(change).isWaitingAtExactly(TASK_INFORMERA_NY_UTFORARE)
        .hasNotPassed(TASK_INFORMERA_NY_UTFORARE, TASK_INFORMERA_TIDIGARE_UTFORARE);
    assertThat(steps.calls()).doesNotContain("utforareChangeRecorded");
  }

  @Test
  void anUnconfirmedPreviousProviderLeavesTheTaskOpenAndNothingIsRegistered() {
    ProcessInstance change = start();
    complete(task(TASK_INFORMERA_NY_UTFORARE, change), withVariables(NY_UTFORARE_INFORMERAD.name(), true));
    Refusal refusal = new Refusal(
        "Bekräfta alla kontrollpunkter innan uppgiften slutförs: den tidigare utföraren informerad");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_INFORMERA_TIDIGARE_UTFORARE, change),
        withVariables(TIDIGARE_UTFORARE_INFORMERAD.name(), false))).isSameAs(refusal);

    assertThat(change).isWaitingAtExactly(TASK_INFORMERA_TIDIGARE_UTFORARE)
        .hasNotPassed(TASK_INFORMERA_TIDIGARE_UTFORARE, TASK_REGISTRERA_BYTE_AV_UTFORARE, END_EVENT_UTFORARE_BYTT);
    assertThat(steps.calls()).doesNotContain("utforareChangeRecorded");
  }

  @Test
  void aRefusedRequestStartsNothing() {
    Refusal refusal = new Refusal("Ny utförare: ange en annan utförare än den tidigare");
    steps.fail("utforareChangeRequest", refusal);

    assertThatThrownBy(ByteAvUtforareProcessTest::start).isSameAs(refusal);

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isZero();
    assertThat(steps.calls()).doesNotContain("oneRunningRoutinePerBrukare");
  }

  /** Like processes 2 and 4: only the personnummer of a registered brukare, and the two providers. */
  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, withVariables(
        PERSONNUMMER.name(), "19121212-1212",
        TIDIGARE_UTFORARE.name(), "Hemtjänst Norra",
        NY_UTFORARE.name(), "Omsorg Söder"));
  }
}

package se.digitalalas.routine.lasvredavslut;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasvredavslut.LasvredAvslut.*;

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
import se.digitalalas.processtest.DeployedCamundaForms;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.processtest.SharedStepMocks;
import se.digitalalas.refusal.Refusal;

/**
 * Every path of lasvred-avslut on an in-memory engine, the delegates mocked: the trygghetslarm
 * stays; the låsvred is ordered removed (with and without a kvittensprodukt), Phoniro confirms and
 * the systemförvaltare removes the link; a låsvred shared with a cohabitant is only unlinked.
 */
@Deployment(resources = "bpmn/lasvred-avslut.bpmn")
class LasvredAvslutProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final String MESSAGE = "AvinstallationUtford";

  private SharedStepMocks steps;
  private boolean kvittensprodukt;
  private boolean shared;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    steps = SharedStepMocks.register(TOLVAN, 42L)
        .registeredDetails(withVariables(NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1"))
        .insatser(true, false);
    Mocks.register("lasvredAvslutRequest", (ExecutionListener) execution -> {
      steps.calls().add("lasvredAvslutRequest");
      HAR_KVITTENSPRODUKT.set(execution, kvittensprodukt);
    });
    Mocks.register("sharedLockCheck", (JavaDelegate) execution -> {
      steps.calls().add("sharedLockCheck");
      LASET_DELAS.set(execution, shared);
    });
    Mocks.register("lasvredStaysNote", steps.recording("lasvredStaysNote"));
    Mocks.register("avinstallationWebOrder", steps.recording("avinstallationWebOrder"));
    Mocks.register("lasvredRemoval", steps.recording("lasvredRemoval"));
    Mocks.register("brukareUnlink", steps.recording("brukareUnlink"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void theTrygghetslarmStaysTheProviderIsToldAndANoteSaysTheLasvredStays() {
    ProcessInstance avslut = start(true);

    assertThat(avslut).hasBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .isWaitingAtExactly(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR);
    assertThat(steps.calls()).containsExactly("registeredBrukare", "lasvredAvslutRequest", "oneRunningRoutinePerBrukare");
    assertThat(task(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR, avslut))
        .hasCandidateGroup("bistandshandlaggare").isNotAssigned();

    complete(task(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR, avslut), withVariables(UTFORARE_INFORMERAD.name(), true));

    assertThat(avslut).isEnded()
        .hasPassedInOrder(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR, TASK_KONTROLLERA_UTFORARE_INFORMERAD,
            TASK_ANTECKNA_LASET_SITTER_KVAR, END_EVENT_LASET_SITTER_KVAR)
        .hasNotPassed(TASK_KONTROLLERA_DELAT_LAS, TASK_BESTALL_AVINSTALLATION);
    assertThat(steps.calls()).containsSubsequence("checkpointCheck:utforareInformerad", "lasvredStaysNote")
        .doesNotContain("sharedLockCheck", "avinstallationWebOrder", "lasvredRemoval");
  }

  @Test
  void anUninformedProviderLeavesTheTaskOpenAndNoNoteIsWritten() {
    ProcessInstance avslut = start(true);
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: utföraren informerad");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR, avslut), Map.of()))
        .isSameAs(refusal);

    assertThat(avslut).isWaitingAtExactly(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR);
    assertThat(steps.calls()).doesNotContain("lasvredStaysNote");
  }

  @Test
  void withoutAKvittensproduktTheRemovalIsOrderedPhoniroConfirmsAndTheSystemforvaltareRemovesTheLink() {
    ProcessInstance avslut = start(false);

    assertThat(avslut).isWaitingAtExactly(TASK_BESTALL_AVINSTALLATION);
    assertThat(task(TASK_BESTALL_AVINSTALLATION, avslut)).hasCandidateGroup("hemtjanstutforare").isNotAssigned();
    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(false));

    assertThat(steps.calls()).containsSubsequence("sharedLockCheck",
        "checkpointCheck:webbestallningGjord,systemforvaltareInformerad", "avinstallationWebOrder")
        .doesNotContain("nfcTagTakenDown");
    assertThat(avslut).hasPassed(TASK_SKICKA_AVINSTALLATIONSBESTALLNING)
        .hasNotPassed(TASK_REGISTRERA_KVITTENSPRODUKT_NEDTAGEN, EVENT_AVINSTALLATION_UTFORD);
    assertThat(notWaitingYet()).as("the order's job has not run: nothing waits for Phoniro yet").isTrue();

    theOrderIsSentAndPhoniroConfirms(avslut);
    removeTheLink(avslut);

    assertThat(avslut).isEnded().hasPassedInOrder(TASK_BESTALL_AVINSTALLATION, TASK_KONTROLLERA_AVINSTALLATIONSBESTALLNING,
        TASK_SKICKA_AVINSTALLATIONSBESTALLNING, EVENT_AVINSTALLATION_UTFORD, TASK_TA_BORT_KOPPLING,
        TASK_KONTROLLERA_KOPPLING_BORTTAGEN, TASK_REGISTRERA_AVINSTALLERAT_LASVRED, END_EVENT_LASVRED_AVINSTALLERAT)
        .hasNotPassed(TASK_KOPPLA_FRAN_BRUKARE, END_EVENT_BRUKARE_FRANKOPPLAD);
    assertThat(steps.calls()).containsSubsequence("avinstallationWebOrder", "checkpointCheck:kopplingBorttagen",
        "lasvredRemoval").doesNotContain("brukareUnlink");
  }

  @Test
  void aKvittensproduktIsAskedForAndTakenDownBeforeTheOrder() {
    kvittensprodukt = true;
    ProcessInstance avslut = start(false);

    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(true));

    assertThat(steps.calls()).containsSubsequence(
        "checkpointCheck:webbestallningGjord,nfcEtikettNedtagen,systemforvaltareInformerad",
        "nfcTagTakenDown", "avinstallationWebOrder");
    assertThat(avslut).hasPassedInOrder(TASK_KONTROLLERA_AVINSTALLATIONSBESTALLNING,
        TASK_REGISTRERA_KVITTENSPRODUKT_NEDTAGEN, TASK_SKICKA_AVINSTALLATIONSBESTALLNING);
    theOrderIsSentAndPhoniroConfirms(avslut);
    removeTheLink(avslut);
    assertThat(avslut).isEnded().hasPassed(END_EVENT_LASVRED_AVINSTALLERAT);
  }

  @Test
  void anUnconfirmedOrderLeavesTheTaskOpenAndNothingIsOrdered() {
    ProcessInstance avslut = start(false);
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: systemförvaltaren informerad");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_BESTALL_AVINSTALLATION, avslut),
        withVariables(WEBBESTALLNING_GJORD.name(), true))).isSameAs(refusal);

    assertThat(avslut).isWaitingAtExactly(TASK_BESTALL_AVINSTALLATION);
    assertThat(steps.calls()).doesNotContain("avinstallationWebOrder");
  }

  @Test
  void aKvittensproduktNotCollectedIsRefusedByTheSharedStepAndNothingIsOrdered() {
    kvittensprodukt = true;
    ProcessInstance avslut = start(false);
    Refusal refusal = new Refusal("Ta ned NFC-etiketten och bekräfta det innan uppgiften slutförs");
    steps.fail("nfcTagTakenDown", refusal);

    assertThatThrownBy(() -> complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(true))).isSameAs(refusal);

    assertThat(avslut).isWaitingAtExactly(TASK_BESTALL_AVINSTALLATION);
    assertThat(steps.calls()).doesNotContain("avinstallationWebOrder");
  }

  @Test
  void theOrderGoesOutWithTheCompletionAndTheWaitForPhoniroBeginsInAJobOfItsOwn() {
    ProcessInstance avslut = start(false);
    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(false));

    assertThat(steps.calls()).endsWith("avinstallationWebOrder");
    assertThat(avslut).isWaitingAt(TASK_SKICKA_AVINSTALLATIONSBESTALLNING);
    assertThat(job(TASK_SKICKA_AVINSTALLATIONSBESTALLNING, avslut)).isNotNull();
    assertThat(notWaitingYet()).isTrue();

    execute(job(TASK_SKICKA_AVINSTALLATIONSBESTALLNING, avslut));

    assertThat(avslut).isWaitingAtExactly(EVENT_AVINSTALLATION_UTFORD);
    assertThat(notWaitingYet()).isFalse();
    assertThat(steps.calls()).as("the job does not order again").containsOnlyOnce("avinstallationWebOrder");
  }

  @Test
  void aRepeatedConfirmationFindsNothingWaiting() {
    ProcessInstance avslut = start(false);
    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(false));
    theOrderIsSentAndPhoniroConfirms(avslut);

    assertThat(notWaitingYet()).as("after the confirmation nothing waits for another").isTrue();
    assertThat(avslut).isWaitingAtExactly(TASK_TA_BORT_KOPPLING);
    assertThat(task(TASK_TA_BORT_KOPPLING, avslut)).hasCandidateGroup("systemforvaltare").isNotAssigned();
  }

  @Test
  void anUnconfirmedLinkRemovalLeavesTheTaskOpenAndTheLockAsItIs() {
    ProcessInstance avslut = start(false);
    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(false));
    theOrderIsSentAndPhoniroConfirms(avslut);
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: kopplingen borttagen");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_TA_BORT_KOPPLING, avslut), Map.of())).isSameAs(refusal);

    assertThat(avslut).isWaitingAtExactly(TASK_TA_BORT_KOPPLING);
    assertThat(steps.calls()).doesNotContain("lasvredRemoval");
  }

  @Test
  void aLasvredSharedWithACohabitantIsNotOrderedRemovedOnlyTheKundIsUnlinked() {
    shared = true;
    ProcessInstance avslut = start(false);

    assertThat(avslut).isWaitingAtExactly(TASK_TA_BORT_KOPPLING).hasNotPassed(TASK_BESTALL_AVINSTALLATION);
    removeTheLink(avslut);

    assertThat(avslut).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_DELAT_LAS, TASK_TA_BORT_KOPPLING, TASK_KONTROLLERA_KOPPLING_BORTTAGEN,
            TASK_KOPPLA_FRAN_BRUKARE, END_EVENT_BRUKARE_FRANKOPPLAD)
        .hasNotPassed(TASK_SKICKA_AVINSTALLATIONSBESTALLNING, EVENT_AVINSTALLATION_UTFORD,
            TASK_REGISTRERA_AVINSTALLERAT_LASVRED, END_EVENT_LASVRED_AVINSTALLERAT);
    assertThat(steps.calls()).contains("brukareUnlink").doesNotContain("avinstallationWebOrder", "lasvredRemoval");
  }

  @Test
  void aRefusedRequestStartsNothing() {
    Refusal refusal = new Refusal("Personnummer: kunden har inget låsvred från Phoniro kopplat i registret");
    Mocks.register("lasvredAvslutRequest", (ExecutionListener) execution -> {
      throw refusal;
    });

    assertThatThrownBy(() -> start(false)).isSameAs(refusal);

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isZero();
    assertThat(steps.calls()).doesNotContain("oneRunningRoutinePerBrukare");
  }

  @Test
  @Deployment(resources = {"bpmn/lasvred-avslut.bpmn",
      "forms/lasvred-avslut/lasvred-avslut-start.form",
      "forms/lasvred-avslut/lasvred-avslut-informera-utforare-laset-sitter-kvar.form",
      "forms/lasvred-avslut/lasvred-avslut-bestall-avinstallation.form",
      "forms/lasvred-avslut/lasvred-avslut-ta-bort-koppling.form"})
  void startAndTaskFormsAreTheDeployedCamundaForms() {
    assertThat(DeployedCamundaForms.ofStart(PROCESS_ID)).isEqualTo("lasvred-avslut-start");

    ProcessInstance kvar = start(true);
    assertThat(DeployedCamundaForms.ofTask(task(TASK_INFORMERA_UTFORARE_LASET_SITTER_KVAR, kvar)))
        .isEqualTo("lasvred-avslut-informera-utforare-laset-sitter-kvar");
    runtimeService().deleteProcessInstance(kvar.getId(), "test");

    ProcessInstance avslut = start(false);
    assertThat(DeployedCamundaForms.ofTask(task(TASK_BESTALL_AVINSTALLATION, avslut)))
        .isEqualTo("lasvred-avslut-bestall-avinstallation");
    complete(task(TASK_BESTALL_AVINSTALLATION, avslut), ordered(false));
    theOrderIsSentAndPhoniroConfirms(avslut);
    assertThat(DeployedCamundaForms.ofTask(task(TASK_TA_BORT_KOPPLING, avslut)))
        .isEqualTo("lasvred-avslut-ta-bort-koppling");
  }

  private void theOrderIsSentAndPhoniroConfirms(ProcessInstance avslut) {
    execute(job(TASK_SKICKA_AVINSTALLATIONSBESTALLNING, avslut));
    assertThat(avslut).isWaitingAtExactly(EVENT_AVINSTALLATION_UTFORD);
    runtimeService().createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE).correlate();
    assertThat(avslut).hasPassed(EVENT_AVINSTALLATION_UTFORD);
  }

  private static void removeTheLink(ProcessInstance avslut) {
    complete(task(TASK_TA_BORT_KOPPLING, avslut), withVariables(KOPPLING_BORTTAGEN.name(), true));
  }

  /** What the input gate asks before it lets Phoniro's message through. */
  private static boolean notWaitingYet() {
    return runtimeService().createExecutionQuery().processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .messageEventSubscriptionName(MESSAGE).count() == 0;
  }

  private static Map<String, Object> ordered(boolean kvittensproduktHamtad) {
    Map<String, Object> answers = withVariables(WEBBESTALLNING_GJORD.name(), true,
        SYSTEMFORVALTARE_INFORMERAD.name(), true);
    if (kvittensproduktHamtad) {
      answers.put(NFC_ETIKETT_NEDTAGEN.name(), true);
    }
    return answers;
  }

  /** Like processes 2 and 4: the personnummer of a registered brukare, and whether the trygghetslarm stays. */
  private static ProcessInstance start(boolean trygghetslarmKvar) {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, withVariables(
        PERSONNUMMER.name(), "19121212-1212",
        TRYGGHETSLARM_KVAR.name(), trygghetslarmKvar));
  }
}

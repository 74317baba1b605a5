package se.digitalalas.routine.lasvrednykund;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasvrednykund.LasvredNyKund.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
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

/** Every path of lasvred-ny-kund on an in-memory engine, the delegates mocked. */
@Deployment(resources = "bpmn/lasvred-ny-kund.bpmn")
class LasvredNyKundProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final String TOLVAN = "191212121212";
  private static final String MESSAGE = "LasvredMonterat";
  private static final Date WEB_ORDER_REMINDER = Date.from(Instant.parse("2026-12-10T07:00:00Z"));
  private static final Date FOLLOW_UP_REMINDER = Date.from(Instant.parse("2027-05-01T06:00:00Z"));
  private static final Date BESLUT_SLUT = Date.from(Instant.parse("2027-05-31T22:00:00Z"));

  private SharedStepMocks steps;
  private Date followUpReminder;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    steps = SharedStepMocks.register(TOLVAN, 42L);
    followUpReminder = null;
    Mocks.register("lasvredCustomerOrder", (ExecutionListener) execution ->
        ANNAN_KOMMUN.set(execution, ANNAN_KOMMUN.isConfirmed(execution)));
    Mocks.register("utforareAssigned", (ExecutionListener) execution -> { });
    Mocks.register("webOrderReminder", steps.step("webOrderReminder",
        execution -> WEBBESTALLNING_PAMINNELSE.set(execution, WEB_ORDER_REMINDER)));
    Mocks.register("lasvredWebOrder", steps.recording("lasvredWebOrder"));
    Mocks.register("lasvredInstallation", steps.step("lasvredInstallation",
        execution -> steps.calls().add("lasvredInstallation:" + SERIENUMMER.orNull(execution))));
    Mocks.register("lasvredLink", steps.recording("lasvredLink"));
    Mocks.register("billingBasis", steps.recording("billingBasis"));
    Mocks.register("decisionFollowUpReminder", steps.step("decisionFollowUpReminder",
        execution -> UPPFOLJNING_PAMINNELSE.set(execution, followUpReminder)));
    Mocks.register("decisionFollowUp", steps.recording("decisionFollowUp"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void anOwnCustomerIsInformedOrdersTheLasvredAndIsLinkedWhenPhoniroReportsItMounted() {
    ProcessInstance nyKund = start(false);

    assertThat(nyKund).isWaitingAtExactly(TASK_INFORMERA_KUND);
    assertThat(task(TASK_INFORMERA_KUND, nyKund)).hasCandidateGroup("bistandshandlaggare");
    complete(task(TASK_INFORMERA_KUND, nyKund));
    assertThat(task(TASK_BESTALL_LASVRED, nyKund)).hasCandidateGroup("hemtjanstutforare").hasDueDate(WEB_ORDER_REMINDER);
    assertThat(job(EVENT_WEBBESTALLNING_INTE_GJORD, nyKund)).hasDueDate(WEB_ORDER_REMINDER);
    ordered(nyKund);

    assertThat(nyKund).isWaitingAtExactly(EVENT_LASVRED_MONTERAT);
    runtimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .setVariable(SERIENUMMER.name(), "PH-100").correlate();
    execute(job(TASK_REGISTRERA_MONTERAT_LASVRED, nyKund));

    assertThat(task(TASK_KOPPLA_KUND_TILL_LASVRED, nyKund)).hasCandidateGroup("systemforvaltare")
        .hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_KOPPLA_KUND_TILL_LASVRED, nyKund), withVariables(KUND_KOPPLAD_TILL_LASVRED.name(), true));
    assertThat(task(TASK_TA_BORT_KVITTENSPRODUKT, nyKund)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_TA_BORT_KVITTENSPRODUKT, nyKund), withVariables(NFC_ETIKETT_NEDTAGEN.name(), true));

    assertThat(nyKund).isEnded().hasPassed(END_EVENT_LASVRED_KOPPLAT, END_EVENT_BESLUT_TILLS_VIDARE)
        .hasNotPassed(TASK_SKICKA_FAKTURERINGSUNDERLAG, TASK_UPPFOLJNING_AV_BESLUT, TASK_PAMINNELSE_WEBBESTALLNING);
    assertThat(steps.calls()).containsSubsequence(
        "checkpointCheck:kundInformeradMuntligt,kundInformeradSkriftligt,enNyckelPerUtforare,utforareInformerad",
        "existingLockCheck", "webOrderReminder", "checkpointCheck:webbestallningGjord,fysiskaNycklarFinns",
        "keyRegistration",
        "nfcTagPutUp", "lasvredWebOrder", "lasvredInstallation:PH-100", "lasvredLink", "nfcTagTakenDown");
  }

  @Test
  void aCustomerPlacedByAnotherMunicipalityGetsNoLasvredOnlyTheBillingBasis() {
    ProcessInstance nyKund = start(true);

    assertThat(nyKund).isWaitingAtExactly(TASK_SKICKA_FAKTURERINGSUNDERLAG);
    assertThat(task(TASK_SKICKA_FAKTURERINGSUNDERLAG, nyKund)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_SKICKA_FAKTURERINGSUNDERLAG, nyKund), withVariables(FAKTURERINGSRAD_LAGD.name(), true));
    assertThat(steps.calls()).contains("billingBasis");
    execute(job(TASK_SKICKA_UNDERLAGSBLANKETT, nyKund));

    assertThat(nyKund).isEnded().hasPassed(END_EVENT_ANNAN_KOMMUN)
        .hasNotPassed(TASK_INFORMERA_KUND, TASK_BESTALL_LASVRED, TASK_BERAKNA_UPPFOLJNING);
    assertThat(steps.calls()).doesNotContain("lasvredWebOrder", "nfcTagPutUp");
  }

  @Test
  void aHouseholdWhoseLasvredIsInstalledLinksTheKundToItWithoutAWebOrder() {
    steps.lockInstalled(true);
    ProcessInstance nyKund = start(false);

    complete(task(TASK_INFORMERA_KUND, nyKund));

    assertThat(nyKund).isEnded().hasPassed(TASK_KOPPLA_TILL_BEFINTLIGT_LAS, END_EVENT_LAS_FINNS_REDAN)
        .hasNotPassed(TASK_BESTALL_LASVRED, TASK_SKICKA_WEBBESTALLNING);
    assertThat(steps.calls()).contains("householdLockLink").doesNotContain("webOrderReminder", "lasvredWebOrder");
  }

  @Test
  void anOrderNotMadeAfterTheFirstVisitRemindsTheProviderWithoutClosingTheOrder() {
    ProcessInstance nyKund = start(false);
    complete(task(TASK_INFORMERA_KUND, nyKund));

    execute(job(EVENT_WEBBESTALLNING_INTE_GJORD, nyKund));

    assertThat(nyKund).isWaitingAtExactly(TASK_BESTALL_LASVRED, TASK_PAMINNELSE_WEBBESTALLNING);
    assertThat(task(TASK_PAMINNELSE_WEBBESTALLNING, nyKund)).hasCandidateGroup("hemtjanstutforare");
    complete(task(TASK_PAMINNELSE_WEBBESTALLNING, nyKund), withVariables(UPPFOLJNINGSKOMMENTAR.name(), "Beställs i dag"));
    assertThat(nyKund).hasPassed(END_EVENT_PAMINNELSE_HANTERAD).isWaitingAtExactly(TASK_BESTALL_LASVRED);
  }

  @Test
  void theOrderIsSentInItsOwnJobAndAnUnconfirmedOrderLeavesTheTaskOpen() {
    ProcessInstance nyKund = start(false);
    complete(task(TASK_INFORMERA_KUND, nyKund));
    Refusal refusal = new Refusal("Bekräfta alla kontrollpunkter innan uppgiften slutförs: webbeställningen gjord");
    steps.fail("checkpointCheck", refusal);

    assertThatThrownBy(() -> complete(task(TASK_BESTALL_LASVRED, nyKund), Map.of())).isSameAs(refusal);
    assertThat(nyKund).isWaitingAtExactly(TASK_BESTALL_LASVRED);
    assertThat(steps.calls()).doesNotContain("lasvredWebOrder");

    steps.recover("checkpointCheck");
    complete(task(TASK_BESTALL_LASVRED, nyKund), orderAnswers());
    assertThat(job(TASK_SKICKA_WEBBESTALLNING, nyKund)).isNotNull();
    assertThat(nyKund).hasPassed(TASK_SKICKA_WEBBESTALLNING).hasNotPassed(EVENT_LASVRED_MONTERAT);
  }

  @Test
  void aMessageBeforeTheOrderFindsNoCaseWaiting() {
    ProcessInstance nyKund = start(false);
    complete(task(TASK_INFORMERA_KUND, nyKund));

    assertThat(runtimeService().createExecutionQuery().processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .messageEventSubscriptionName(MESSAGE).count()).isZero();
    ordered(nyKund);
    assertThat(runtimeService().createExecutionQuery().processInstanceBusinessKey(SharedStepMocks.CASE_REFERENCE)
        .messageEventSubscriptionName(MESSAGE).count()).isOne();
  }

  @Test
  void aDecisionWithAnEndDateRemindsTheBistandshandlaggareAheadOfItAndKeepsTheRoutineOpenUntilFollowedUp() {
    followUpReminder = FOLLOW_UP_REMINDER;
    ProcessInstance nyKund = start(false, BESLUT_SLUTDATUM.name(), BESLUT_SLUT);

    assertThat(nyKund).isWaitingAtExactly(TASK_INFORMERA_KUND, EVENT_INNAN_BESLUTET_SLUTAR);
    assertThat(job(EVENT_INNAN_BESLUTET_SLUTAR, nyKund)).hasDueDate(FOLLOW_UP_REMINDER);
    execute(job(EVENT_INNAN_BESLUTET_SLUTAR, nyKund));

    assertThat(task(TASK_UPPFOLJNING_AV_BESLUT, nyKund)).hasCandidateGroup("bistandshandlaggare").hasDueDate(BESLUT_SLUT);
    complete(task(TASK_UPPFOLJNING_AV_BESLUT, nyKund), withVariables(UPPFOLJNINGSBESLUT.name(), "NY_UTREDNING"));
    assertThat(nyKund).hasPassed(TASK_REGISTRERA_UPPFOLJNING, END_EVENT_BESLUT_UPPFOLJT)
        .isWaitingAtExactly(TASK_INFORMERA_KUND);
    assertThat(steps.calls()).contains("decisionFollowUp");
  }

  @Test
  void aDecisionUntilFurtherNoticeHasNoFollowUpTimer() {
    ProcessInstance nyKund = start(false);

    assertThat(nyKund).hasPassed(END_EVENT_BESLUT_TILLS_VIDARE).isWaitingAtExactly(TASK_INFORMERA_KUND);
    assertThat(managementService().createJobQuery().processInstanceId(nyKund.getId()).timers().count()).isZero();
  }

  private static void ordered(ProcessInstance nyKund) {
    complete(task(TASK_BESTALL_LASVRED, nyKund), orderAnswers());
    execute(job(TASK_SKICKA_WEBBESTALLNING, nyKund));
  }

  private static Map<String, Object> orderAnswers() {
    return withVariables(WEBBESTALLNING_GJORD.name(), true, NFC_ETIKETT_UPPSATT.name(), true,
        FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "N-55");
  }

  private static ProcessInstance start(boolean annanKommun, Object... more) {
    Map<String, Object> variables = new HashMap<>(withVariables(PERSONNUMMER.name(), TOLVAN,
        NAMN.name(), "Tolvan Tolvansson", ADRESS.name(), "Storgatan 1", POSTNUMMER.name(), "123 45", ORT.name(), "Lund",
        UTFORARE.name(), "Hemtjänst Norr AB", ANNAN_KOMMUN.name(), annanKommun));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return runtimeService().startProcessInstanceByKey(LasvredNyKund.PROCESS_ID, variables);
  }
}

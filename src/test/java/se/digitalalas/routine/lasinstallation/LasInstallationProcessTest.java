package se.digitalalas.routine.lasinstallation;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.routine.lasinstallation.LasInstallation.*;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.digitalalas.processtest.InMemoryProcessEngine;
import se.digitalalas.refusal.Refusal;

@Deployment(resources = "bpmn/las-installation.bpmn")
class LasInstallationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = InMemoryProcessEngine.extension();

  private static final Date BOOKED = Date.from(OffsetDateTime.parse("2026-12-01T09:30:00+01:00").toInstant());
  /** The end of the caller's installation wait (5 arbetsdagar), handed in with the brukare. */
  private static final Date REMINDER = Date.from(OffsetDateTime.parse("2026-11-30T09:00:00+01:00").toInstant());

  private final List<Map<String, Object>> installations = new ArrayList<>();
  private final List<String> links = new ArrayList<>();
  private RuntimeException lockInstallationRefusal;
  private boolean householdHasLock;
  private boolean installationFindsTheHouseholdsLock;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    Mocks.register("lockInstallation", (JavaDelegate) execution -> {
      if (lockInstallationRefusal != null) {
        throw lockInstallationRefusal;
      }
      installations.add(execution.getVariables());
      LAS_FINNS.set(execution, installationFindsTheHouseholdsLock);
    });
    Mocks.register("existingLockCheck", (JavaDelegate) execution -> LAS_FINNS.set(execution, householdHasLock));
    Mocks.register("householdLockLink", (JavaDelegate) execution -> links.add(execution.getCurrentActivityId()));
    Mocks.register("answerCheck", (JavaDelegate) execution -> {
      if (execution.getVariable(BOKAD_TID.name()) == null) {
        throw new Refusal("Fyll i alla uppgifter innan uppgiften slutförs. Saknas: bokad tid");
      }
    });
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  @Test
  void montorBooksAndInstallsTheLock() {
    ProcessInstance installation = start();

    assertThat(installation).isWaitingAtExactly(TASK_BOKA_INSTALLATION);
    assertThat(task(TASK_BOKA_INSTALLATION, installation)).hasCandidateGroup("montor").isNotAssigned()
        .hasDueDate(REMINDER);
    complete(task(TASK_BOKA_INSTALLATION, installation), withVariables(BOKAD_TID.name(), BOOKED));

    assertThat(installation).isWaitingAtExactly(TASK_INSTALLERA_LAS);
    assertThat(task(TASK_INSTALLERA_LAS, installation)).hasCandidateGroup("montor").hasDueDate(BOOKED);
    complete(task(TASK_INSTALLERA_LAS, installation), installed());

    assertThat(installation).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_HUSHALLETS_LAS, TASK_BOKA_INSTALLATION, TASK_KONTROLLERA_BOKNING,
            TASK_INSTALLERA_LAS, TASK_REGISTRERA_INSTALLATION, END_EVENT_LAS_INSTALLERAT)
        .hasNotPassed(TASK_KOPPLA_TILL_BEFINTLIGT_LAS, END_EVENT_KOPPLAD_TILL_BEFINTLIGT_LAS);
    assertThat(installations).singleElement().satisfies(variables -> assertThat(variables)
        .containsEntry(SERIENUMMER.name(), "PH-000123")
        .containsEntry(LEVERANTOR.name(), "PHONIRO")
        .containsEntry(NYCKELNUMMER.name(), "N-17")
        .containsEntry(BRUKARE_ID.name(), 42L));
  }

  @Test
  void aHouseholdWithAnInstalledLockLinksTheBrukareWithoutBookingAnInstallation() {
    householdHasLock = true;

    ProcessInstance installation = start();

    assertThat(installation).isEnded()
        .hasPassedInOrder(TASK_KONTROLLERA_HUSHALLETS_LAS, TASK_KOPPLA_TILL_BEFINTLIGT_LAS,
            END_EVENT_KOPPLAD_TILL_BEFINTLIGT_LAS)
        .hasNotPassed(TASK_BOKA_INSTALLATION, END_EVENT_LAS_INSTALLERAT);
    assertThat(links).containsExactly(TASK_KOPPLA_TILL_BEFINTLIGT_LAS);
    assertThat(installations).isEmpty();
  }

  @Test
  void aCohabitantsLockInstalledMeanwhileEndsTheWaitingInstallationLinked() {
    ProcessInstance installation = start();
    complete(task(TASK_BOKA_INSTALLATION, installation), withVariables(BOKAD_TID.name(), BOOKED));
    installationFindsTheHouseholdsLock = true;

    complete(task(TASK_INSTALLERA_LAS, installation), installed());

    assertThat(installation).isEnded()
        .hasPassedInOrder(TASK_INSTALLERA_LAS, TASK_REGISTRERA_INSTALLATION, END_EVENT_KOPPLAD_TILL_BEFINTLIGT_LAS)
        .hasNotPassed(END_EVENT_LAS_INSTALLERAT, TASK_KOPPLA_TILL_BEFINTLIGT_LAS);
  }

  @ParameterizedTest(name = "bokadTid \"{0}\"")
  @ValueSource(strings = {"2026-12-01T09:30:00+01:00", "2026-12-01T09:30+01:00"})
  void bookedTimeFromACamundaFormIsTheDueDate(String isoDateTime) {
    ProcessInstance installation = start();

    complete(task(TASK_BOKA_INSTALLATION, installation), withVariables(BOKAD_TID.name(), isoDateTime));

    assertThat(task(TASK_INSTALLERA_LAS, installation)).hasDueDate(BOOKED);
  }

  @Test
  void aBookingWithoutATimeLeavesTheTaskOpen() {
    ProcessInstance installation = start();

    assertThatThrownBy(() -> complete(task(TASK_BOKA_INSTALLATION, installation), Map.of()))
        .isInstanceOf(Refusal.class).hasMessageContaining("bokad tid");

    assertThat(installation).isWaitingAtExactly(TASK_BOKA_INSTALLATION);
  }

  @Test
  void refusedInstallationLeavesTheTaskOpen() {
    ProcessInstance installation = start();
    complete(task(TASK_BOKA_INSTALLATION, installation), withVariables(BOKAD_TID.name(), BOOKED));
    lockInstallationRefusal = new Refusal("Serienummer PH-000123 är redan installerat hos en annan brukare");

    assertThatThrownBy(() -> complete(task(TASK_INSTALLERA_LAS, installation), installed()))
        .isInstanceOf(Refusal.class)
        .hasMessage("Serienummer PH-000123 är redan installerat hos en annan brukare");

    assertThat(installation).isWaitingAtExactly(TASK_INSTALLERA_LAS).hasNotPassed(TASK_INSTALLERA_LAS);
    assertThat(installations).isEmpty();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(LasInstallation.PROCESS_ID, "191212121212",
        withVariables(BRUKARE_ID.name(), 42L, PERSONNUMMER.name(), "191212121212", NAMN.name(), "Tolvan Tolvansson",
            ADRESS.name(), "Storgatan 1", POSTNUMMER.name(), "123 45", ORT.name(), "Lund", TELEFON.name(), "070-123 45 67",
            PORTKOD.name(), "1234", NYCKELNUMMER.name(), "N-17", INSTALLATION_PAMINNELSE.name(), REMINDER));
  }

  private static Map<String, Object> installed() {
    return withVariables(SERIENUMMER.name(), "PH-000123", LEVERANTOR.name(), "PHONIRO", LAS_KOPPLAT_TILL_BRUKARE.name(), true,
        LASVRED_MARKT_MED_NYCKELNUMMER.name(), true, ARBETET_UTFORT.name(), true);
  }
}

package se.digitalalas.routine.lasinstallation;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

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

  private static final Date BOKAD_TID = Date.from(OffsetDateTime.parse("2026-12-01T09:30:00+01:00").toInstant());

  private final List<Map<String, Object>> installations = new ArrayList<>();
  private RuntimeException lockInstallationRefusal;

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    Mocks.register("lockInstallation", (JavaDelegate) execution -> {
      if (lockInstallationRefusal != null) {
        throw lockInstallationRefusal;
      }
      installations.add(execution.getVariables());
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

    assertThat(installation).isWaitingAtExactly("Task_BokaInstallation");
    assertThat(task("Task_BokaInstallation", installation)).hasCandidateGroup("montor").isNotAssigned();
    complete(task("Task_BokaInstallation", installation), withVariables("bokadTid", BOKAD_TID));

    assertThat(installation).isWaitingAtExactly("Task_InstalleraLas");
    assertThat(task("Task_InstalleraLas", installation)).hasCandidateGroup("montor").hasDueDate(BOKAD_TID);
    complete(task("Task_InstalleraLas", installation), installed());

    assertThat(installation).isEnded()
        .hasPassedInOrder("Task_BokaInstallation", "Task_InstalleraLas", "Task_RegistreraInstallation",
            "EndEvent_LasInstallerat");
    assertThat(installations).singleElement().satisfies(variables -> assertThat(variables)
        .containsEntry("serienummer", "PH-000123")
        .containsEntry("leverantor", "PHONIRO")
        .containsEntry("nyckelnummer", "N-17")
        .containsEntry("brukareId", 42L));
  }

  @ParameterizedTest(name = "bokadTid \"{0}\"")
  @ValueSource(strings = {"2026-12-01T09:30:00+01:00", "2026-12-01T09:30+01:00"})
  void bookedTimeFromACamundaFormIsTheDueDate(String isoDateTime) {
    ProcessInstance installation = start();

    complete(task("Task_BokaInstallation", installation), withVariables("bokadTid", isoDateTime));

    assertThat(task("Task_InstalleraLas", installation)).hasDueDate(BOKAD_TID);
  }

  @Test
  void refusedInstallationLeavesTheTaskOpen() {
    ProcessInstance installation = start();
    complete(task("Task_BokaInstallation", installation), withVariables("bokadTid", BOKAD_TID));
    lockInstallationRefusal = new Refusal("Serienummer PH-000123 är redan installerat hos en annan brukare");

    assertThatThrownBy(() -> complete(task("Task_InstalleraLas", installation), installed()))
        .isInstanceOf(Refusal.class)
        .hasMessage("Serienummer PH-000123 är redan installerat hos en annan brukare");

    assertThat(installation).isWaitingAtExactly("Task_InstalleraLas").hasNotPassed("Task_InstalleraLas");
    assertThat(installations).isEmpty();
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("las-installation", "191212121212",
        withVariables("brukareId", 42L, "personnummer", "191212121212", "namn", "Tolvan Tolvansson",
            "adress", "Storgatan 1", "postnummer", "123 45", "ort", "Lund", "telefon", "070-123 45 67",
            "portkod", "1234", "nyckelnummer", "N-17"));
  }

  private static Map<String, Object> installed() {
    return withVariables("serienummer", "PH-000123", "leverantor", "PHONIRO", "lasKopplatTillBrukare", true,
        "lasvredMarktMedNyckelnummer", true, "arbetetUtfort", true);
  }
}

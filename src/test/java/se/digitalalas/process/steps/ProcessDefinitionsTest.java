package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.routine.monteringtrygghetslarm.MonteringTrygghetslarm;
import se.digitalalas.routine.nedmonteringbistandsbedomd.NedmonteringBistandsbedomd;
import se.digitalalas.routine.nedmonteringtrygghetslarm.NedmonteringTrygghetslarm;

/** Which routine a step runs in, read from the deployed models in bpmn/. */
class ProcessDefinitionsTest {

  private final RepositoryService repositoryService = mock(RepositoryService.class);
  private final ProcessDefinitions definitions = new ProcessDefinitions(repositoryService);

  @Test
  void bothRemovalsAreOneKindOfRoutineSoABrukareHasOneRunningRemoval() {
    assertThat(definitions.routineKind(deployed(NedmonteringBistandsbedomd.PROCESS_ID))).isEqualTo("nedmontering");
    assertThat(definitions.routineKind(deployed(NedmonteringTrygghetslarm.PROCESS_ID))).isEqualTo("nedmontering");
  }

  @Test
  void bothInstallationsAreOneKindOfRoutineSoABrukareHasOneRunningMontering() {
    assertThat(definitions.routineKind(deployed(MonteringBistandsbedomd.PROCESS_ID))).isEqualTo("montering");
    assertThat(definitions.routineKind(deployed(MonteringTrygghetslarm.PROCESS_ID))).isEqualTo("montering");
  }

  @Test
  void aModelWithoutTheRutinPropertyIsItsOwnKind() {
    assertThat(definitions.routineKind(deployed(LasInstallation.PROCESS_ID)))
        .isEqualTo(LasInstallation.PROCESS_ID);
  }

  @Test
  void theTrygghetslarmRoutineIsTheRequestForOneInsats() {
    assertThat(definitions.property(deployed(MonteringTrygghetslarm.PROCESS_ID), "insats")).contains("TRYGGHETSLARM");
    assertThat(definitions.property(deployed(MonteringBistandsbedomd.PROCESS_ID), "insats")).isEmpty();
  }

  @Test
  void onlyAPropertyNamedRutinCounts() {
    assertThat(definitions.routineKind(runningIn("egen-rutin", withProperty("annat", "nedmontering"))))
        .isEqualTo("egen-rutin");
    assertThat(definitions.routineKind(runningIn("egen-rutin", withProperty("rutin", "montering"))))
        .isEqualTo("montering");
  }

  @Test
  void theNameAndTheNoteAuthorComeFromTheDefinition() {
    DelegateExecution execution = runningIn(NedmonteringTrygghetslarm.PROCESS_ID, null);
    ProcessDefinition definition = repositoryService.getProcessDefinition("def-1");
    when(definition.getName()).thenReturn("Nedmontering av digitalt lås – trygghetslarm");

    assertThat(definitions.name(execution)).isEqualTo("Nedmontering av digitalt lås – trygghetslarm");
    assertThat(definitions.noteAuthor(execution))
        .isEqualTo("Processen Nedmontering av digitalt lås – trygghetslarm");
    assertThat(definitions.key(execution)).isEqualTo(NedmonteringTrygghetslarm.PROCESS_ID);
  }

  @Test
  void aDefinitionWithoutANameIsNamedByItsKey() {
    DelegateExecution execution = runningIn("egen-rutin", null);

    assertThat(definitions.name(execution)).isEqualTo("egen-rutin");
  }

  private DelegateExecution deployed(String processId) {
    return runningIn(processId, Bpmn.readModelFromFile(Path.of("bpmn", processId + ".bpmn").toFile()));
  }

  private DelegateExecution runningIn(String key, BpmnModelInstance model) {
    ProcessDefinition definition = mock(ProcessDefinition.class);
    when(definition.getKey()).thenReturn(key);
    when(repositoryService.getProcessDefinition("def-1")).thenReturn(definition);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessDefinitionId()).thenReturn("def-1");
    when(execution.getBpmnModelInstance()).thenReturn(model);
    return execution;
  }

  private static BpmnModelInstance withProperty(String name, String value) {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="egen-rutin" isExecutable="true">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="%s" value="%s" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="start" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(name, value).strip();
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

}

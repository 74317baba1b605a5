package se.digitalalas.process.tasklist;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.digitalalas.processtest.InMemoryProcessEngine;

/** An engine with BrukareOnTasks and TaskCopiesOutOfHistory, full history, one user task. */
class TaskCopiesOutOfHistoryTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        InMemoryProcessEngine.configuration("task-copies-out-of-history");
    configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(new BrukareOnTasks(), new TaskCopiesOutOfHistory()));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("uppgift.bpmn",
        Bpmn.createExecutableProcess("uppgift").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Uppgift").userTask("Task_Nasta").endEvent().done()).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void tasklistSeesTheCopiesWhileTheHistoryKeepsOnlyTheProcesssOwnVariables() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("uppgift",
        Map.of(NAMN.name(), "Astrid Andersson", ADRESS.name(), "Storgatan 1", "fri", "text")).getId();
    TaskService tasks = engine.getTaskService();
    Task first = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(tasks.getVariablesLocal(first.getId())).containsEntry(NAMN.name(), "Astrid Andersson")
        .containsEntry(ADRESS.name(), "Storgatan 1");

    tasks.setVariableLocal(first.getId(), "egen", "lokal");
    tasks.complete(first.getId(), Map.of(ADRESS.name(), "Nygatan 2"));
    Task second = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(tasks.getVariablesLocal(second.getId())).containsEntry(ADRESS.name(), "Nygatan 2");
    tasks.complete(second.getId());

    HistoryService history = engine.getHistoryService();
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance).list();
    assertThat(variables).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(NAMN.name(), ADRESS.name(), "fri", "egen");
    assertThat(variables).filteredOn(variable -> variable.getName().equals(ADRESS.name()))
        .singleElement().satisfies(variable -> {
          assertThat(variable.getValue()).isEqualTo("Nygatan 2");
          assertThat(variable.getTaskId()).isNull();
        });
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .as("the process's two addresses, its name, fri and the task's own variable")
        .hasSize(5);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getState())
        .isEqualTo("COMPLETED");
  }
}

package se.digitalalas.processtest;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.task.Task;

/** The id of the Camunda Form the engine hands out for a start event or a task. */
public final class DeployedCamundaForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployedCamundaForms() {
  }

  public static String ofStart(String processKey) {
    String definitionId = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    return id(formService().getDeployedStartForm(definitionId));
  }

  public static String ofTask(Task task) {
    return id(formService().getDeployedTaskForm(task.getId()));
  }

  private static String id(InputStream form) {
    try (form) {
      return JSON.readTree(form).path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form is not JSON", e);
    }
  }
}

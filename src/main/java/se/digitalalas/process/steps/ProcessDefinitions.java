package se.digitalalas.process.steps;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/** Which routine a step runs in, so that one shared step can serve every process. */
@Component
public class ProcessDefinitions {

  static final String ROUTINE_KIND = "rutin";

  private final RepositoryService repositoryService;

  ProcessDefinitions(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public String key(DelegateExecution execution) {
    return definition(execution).getKey();
  }

  /** The model's name, e.g. "Montering av digitalt lås – biståndsbedömda insatser". */
  public String name(DelegateExecution execution) {
    ProcessDefinition definition = definition(execution);
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }

  /**
   * The kind of routine that runs once per brukare at a time: the model's property "rutin" (both
   * removals say "nedmontering", both installations "montering"), else the process key.
   */
  public String routineKind(DelegateExecution execution) {
    return property(execution, ROUTINE_KIND).orElseGet(() -> key(execution));
  }

  /** A property of the running process's model (camunda:properties on the process), if it has it. */
  public Optional<String> property(DelegateExecution execution, String name) {
    Process process = execution.getBpmnModelInstance().getModelElementById(key(execution));
    if (process != null && process.getExtensionElements() != null) {
      for (CamundaProperties properties : process.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (name.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
            return Optional.of(property.getCamundaValue());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Who writes a note on the brukare from a step: the running routine. */
  public String noteAuthor(DelegateExecution execution) {
    return "Processen " + name(execution);
  }

  private ProcessDefinition definition(DelegateExecution execution) {
    return repositoryService.getProcessDefinition(execution.getProcessDefinitionId());
  }
}

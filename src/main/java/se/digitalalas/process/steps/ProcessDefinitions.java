package se.digitalalas.process.steps;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Which routine a step runs in, so that one shared step can serve every process. */
@Component
public class ProcessDefinitions {

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

  private ProcessDefinition definition(DelegateExecution execution) {
    return repositoryService.getProcessDefinition(execution.getProcessDefinitionId());
  }
}

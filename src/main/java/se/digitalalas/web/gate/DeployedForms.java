package se.digitalalas.web.gate;

import se.digitalalas.security.AsTheService;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a task or of a process's start event, looked up as the service
 * (not as the caller, whose rights the engine checks afterwards). Empty when there is no such
 * task or process: the engine answers that. A task or start without a Camunda Form asks for
 * nothing.
 */
@Component
class DeployedForms {

  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final AsTheService asTheService;

  DeployedForms(FormService formService, TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService) {
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.asTheService = new AsTheService(identityService);
  }

  Optional<FormFields> ofTask(String taskId) {
    return asTheService.lookup(() -> {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(FormFields.read(formService.getDeployedTaskForm(taskId)));
      } catch (ProcessEngineException noCamundaForm) {
        return Optional.of(FormFields.NONE);
      }
    });
  }

  Optional<FormFields> ofStart(Route.Start start) {
    return asTheService.lookup(() -> definitionId(start).map(id -> {
      try {
        return FormFields.read(formService.getDeployedStartForm(id));
      } catch (ProcessEngineException noCamundaForm) {
        return FormFields.NONE;
      }
    }));
  }

  private Optional<String> definitionId(Route.Start start) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
    if (start.definitionId() != null) {
      query.processDefinitionId(start.definitionId());
    } else {
      query.processDefinitionKey(start.definitionKey()).latestVersion();
      if (start.tenantId() != null) {
        query.tenantIdIn(start.tenantId());
      }
    }
    List<ProcessDefinition> found = query.list();
    // several tenants with the key and none named: the engine refuses that itself
    return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
  }
}

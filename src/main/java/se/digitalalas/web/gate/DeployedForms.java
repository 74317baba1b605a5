package se.digitalalas.web.gate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.stereotype.Component;
import se.digitalalas.security.AsTheService;

/**
 * The deployed Camunda Form of a task or of a process's start event, looked up as the service
 * (not as the caller, whose rights the engine checks afterwards), in one engine command. Empty
 * when there is no such task or process: the engine answers that. A task or start without a
 * Camunda Form asks for nothing.
 *
 * <p>Which form definition a task's {@code formRef} names is asked each time, since binding
 * {@code latest} follows a newer deployment of the form. What a form definition asks is read
 * once: a definition's resource never changes.
 */
@Component
class DeployedForms {

  private static final int MOST_FORM_DEFINITIONS = 1_000;

  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final AsTheService asTheService;
  private final CommandExecutor commands;
  private final Cache<String, FormFields> fieldsByDefinition =
      Caffeine.newBuilder().maximumSize(MOST_FORM_DEFINITIONS).build();

  DeployedForms(FormService formService, TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService, ProcessEngine engine) {
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.asTheService = new AsTheService(identityService);
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  Optional<FormFields> ofTask(String taskId) {
    return asTheService.lookup(() -> commands.execute(context -> {
      // the task the query finds stays in the command's session: the form data reads it there
      if (taskService.createTaskQuery().taskId(taskId).singleResult() == null) {
        return Optional.empty();
      }
      FormData form = formService.getTaskFormData(taskId);
      return Optional.of(form != null && form.getCamundaFormRef() == null && form.getFormKey() != null
          ? byFormKey(() -> FormFields.read(formService.getDeployedTaskForm(taskId)))
          : fieldsOf(form));
    }));
  }

  Optional<FormFields> ofStart(Route.Start start) {
    return asTheService.lookup(() -> commands.execute(context -> definitionId(start).map(id -> {
      FormData form = formService.getStartFormData(id);
      return form.getCamundaFormRef() == null && form.getFormKey() != null
          ? byFormKey(() -> FormFields.read(formService.getDeployedStartForm(id)))
          : fieldsOf(form);
    })));
  }

  /** Of a task that is not a process's (no form data) or has no form: nothing. */
  private FormFields fieldsOf(FormData form) {
    if (form == null || form.getCamundaFormRef() == null) {
      return FormFields.NONE;
    }
    CamundaFormDefinition definition;
    try {
      definition = commands.execute(new GetCamundaFormDefinitionCmd(form.getCamundaFormRef(), form.getDeploymentId()));
    } catch (ProcessEngineException notDeployed) {
      return FormFields.NONE;
    }
    if (definition == null) {
      return FormFields.NONE;
    }
    return fieldsByDefinition.get(definition.getId(), id -> FormFields.read(
        repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())));
  }

  /** A form key ({@code camunda-forms:deployment:…}, an embedded form): read as the engine serves it. */
  private static FormFields byFormKey(Supplier<FormFields> read) {
    try {
      return read.get();
    } catch (ProcessEngineException notDeployed) {
      return FormFields.NONE;
    }
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

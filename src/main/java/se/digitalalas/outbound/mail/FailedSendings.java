package se.digitalalas.outbound.mail;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/**
 * The engine's own verdict decides FAILED: when the job of Task_SkickaMeddelande has no retries
 * left, the engine raises its failed-job incident and this marks the message FAILED in the same
 * transaction; when someone gives the job retries again (Cockpit's "retry", or
 * PUT /engine-rest/job/{id}/retries) the message is PENDING again. FAILED is therefore exactly
 * "an open incident in Cockpit". Runs beside the default handler, which creates the incident.
 */
final class FailedSendings implements IncidentHandler {

  private final OutgoingMessageRegistry messages;

  FailedSendings(OutgoingMessageRegistry messages) {
    this.messages = messages;
  }

  @Override
  public String getIncidentHandlerType() {
    return Incident.FAILED_JOB_HANDLER_TYPE;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    Long id = messageId(context);
    if (id != null) {
      messages.markFailed(id);
    }
    return null;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    Long id = messageId(context);
    if (id != null) {
      messages.retryRequested(id);
    }
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    // the instance was cancelled or the job deleted: the message stays as it is
  }

  /**
   * The message of a meddelande-utskick incident at Task_SkickaMeddelande; null for any other. (A
   * job whose retries are set again names no activity, only its process definition and execution.)
   */
  private static Long messageId(IncidentContext context) {
    if (context.getActivityId() != null
        && !MeddelandeUtskick.TASK_SKICKA_MEDDELANDE.equals(context.getActivityId())
        || context.getProcessDefinitionId() == null || context.getExecutionId() == null) {
      return null;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
    if (!MeddelandeUtskick.PROCESS_ID.equals(definition.getKey())) {
      return null;
    }
    ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
        .findExecutionById(context.getExecutionId());
    // the engine also "resolves" when a job completes, after its instance has ended
    Object id = execution == null ? null : execution.getVariable(MailOutbox.MEDDELANDE_ID);
    return id == null ? null : OutboxSender.messageId(id);
  }
}

package se.digitalalas.outbound.mail;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/** Plugs {@link FailedSendings} in beside the engine's own failed-job incident handler. */
@Component
public class OutboxIncidents extends AbstractProcessEnginePlugin {

  private final OutgoingMessageRegistry messages;

  public OutboxIncidents(OutgoingMessageRegistry messages) {
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCompositeIncidentHandlersEnabled(true);
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new FailedSendings(messages));
    configuration.setCustomIncidentHandlers(handlers);
  }
}

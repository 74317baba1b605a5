package se.digitalalas.outbound.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SkickaMeddelande of meddelande-utskick: sends the message its instance was started for. */
@Component("outboxSender")
public class OutboxSender implements JavaDelegate {

  private final MailDelivery delivery;

  public OutboxSender(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.deliver(messageId(execution));
  }

  static long messageId(Object value) {
    if (value instanceof Number id) {
      return id.longValue();
    }
    throw new IllegalStateException("meddelande-utskick needs the variable " + MailOutbox.MEDDELANDE_ID
        + " (the outgoing message's id), was " + value);
  }

  private static long messageId(DelegateExecution execution) {
    return messageId(execution.getVariable(MailOutbox.MEDDELANDE_ID));
  }
}

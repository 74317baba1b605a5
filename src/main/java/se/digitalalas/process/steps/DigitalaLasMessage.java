package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.mail.DigitalaLasMailProperties;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/**
 * Tells the Digitala LÅS mail group about the brukare, with the key status, worded by the
 * purpose the model gives in the input parameter meddelandeSyfte. It only puts the message in the
 * outbox, in the step's transaction, and logs that change of the record; the mail goes out after
 * commit, so the routine never waits for the mail server.
 */
@Component("digitalaLasMessage")
class DigitalaLasMessage implements JavaDelegate {

  static final String MEDDELANDE_SYFTE = "meddelandeSyfte";

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final KeyRegistry keys;
  private final MailOutbox outbox;
  private final DigitalaLasMailProperties properties;
  private final String tasklistUrl;
  private final BrukareAccess access;

  DigitalaLasMessage(BrukareRegistry brukare, HouseholdRegistry households, KeyRegistry keys,
      MailOutbox outbox, DigitalaLasMailProperties properties,
      @Value("${digitalalas.tasklist-url}") String tasklistUrl, BrukareAccess access) {
    this.brukare = brukare;
    this.households = households;
    this.keys = keys;
    this.outbox = outbox;
    this.properties = properties;
    this.tasklistUrl = tasklistUrl;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DigitalaLasPurpose purpose = purpose(execution.getVariableLocal(MEDDELANDE_SYFTE));
    Brukare recipient = brukare.require(BRUKARE_ID.require(execution));
    Household household = households.findById(recipient.householdId()).orElseThrow();
    DigitalaLasMailText text = DigitalaLasMailText.of(purpose,
        new CaseReference(execution.getProcessBusinessKey()), recipient, household,
        keys.forBrukare(recipient.id()),
        DigitalaLasMailText.tasklistLink(tasklistUrl, execution.getProcessInstanceId()));
    outbox.enqueue(new MessageContent(recipient.id(), MessageChannel.DIGITALA_LAS_MAIL,
        properties.digitalaLasAddress(), text.subject(), text.body()));
    access.changed(recipient.id(), DelegateChanges.MESSAGE_QUEUED, AccessChannel.DELEGATE);
  }

  private static DigitalaLasPurpose purpose(Object name) {
    try {
      return DigitalaLasPurpose.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Input parameter " + MEDDELANDE_SYFTE
          + " must name a DigitalaLasPurpose, was " + name, e);
    }
  }
}

package se.digitalalas.routine.monteringbistandsbedomd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.outbound.mail.DigitalaLasMailProperties;
import se.digitalalas.outbound.mail.MailDispatcher;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/** Tells the Digitala LÅS mail group that a lock is to be installed, with the key status. */
@Component("digitalaLasMessage")
class DigitalaLasMessage implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final KeyRegistry keys;
  private final MailDispatcher mail;
  private final DigitalaLasMailProperties properties;

  DigitalaLasMessage(BrukareRegistry brukare, HouseholdRegistry households, KeyRegistry keys,
      MailDispatcher mail, DigitalaLasMailProperties properties) {
    this.brukare = brukare;
    this.households = households;
    this.keys = keys;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare recipient = brukare.require(new MonteringVariables(execution).brukareId());
    Household household = households.findById(recipient.householdId()).orElseThrow();
    DigitalaLasMailText text =
        DigitalaLasMailText.of(recipient, household, keys.forBrukare(recipient.id()));
    mail.dispatch(new MessageContent(recipient.id(), MessageChannel.DIGITALA_LAS_MAIL,
        properties.digitalaLasAddress(), text.subject(), text.body()));
  }
}

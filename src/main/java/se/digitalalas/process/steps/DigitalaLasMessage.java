package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.outbound.mail.DigitalaLasMailProperties;
import se.digitalalas.outbound.mail.MailDispatcher;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/**
 * Tells the Digitala LÅS mail group about the brukare, with the key status, worded by the
 * purpose the model gives in the input parameter meddelandeSyfte.
 */
@Component("digitalaLasMessage")
class DigitalaLasMessage implements JavaDelegate {

  static final String MEDDELANDE_SYFTE = "meddelandeSyfte";

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
    DigitalaLasPurpose purpose = purpose(execution.getVariableLocal(MEDDELANDE_SYFTE));
    Brukare recipient = brukare.require(BRUKARE_ID.require(execution));
    Household household = households.findById(recipient.householdId()).orElseThrow();
    DigitalaLasMailText text =
        DigitalaLasMailText.of(purpose, recipient, household, keys.forBrukare(recipient.id()));
    mail.dispatch(new MessageContent(recipient.id(), MessageChannel.DIGITALA_LAS_MAIL,
        properties.digitalaLasAddress(), text.subject(), text.body()));
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

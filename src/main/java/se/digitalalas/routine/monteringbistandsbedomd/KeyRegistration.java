package se.digitalalas.routine.monteringbistandsbedomd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.refusal.Refusal;

/** Hemtjänst's set of keys, and the larmgrupp's when its nyckelnummer is given. */
@Component("keyRegistration")
class KeyRegistration implements JavaDelegate {

  private final KeyRegistry keys;

  KeyRegistration(KeyRegistry keys) {
    this.keys = keys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    if (variables.nyckelnummer() == null) {
      throw new Refusal("Nyckelnummer saknas för de fysiska nycklarna");
    }
    long brukareId = variables.brukareId();
    keys.register(brukareId, variables.nyckelnummer(), KeyHolder.HEMTJANST);
    if (variables.nyckelnummerLarmgrupp() != null) {
      keys.register(brukareId, variables.nyckelnummerLarmgrupp(), KeyHolder.LARMGRUPP);
    }
  }
}

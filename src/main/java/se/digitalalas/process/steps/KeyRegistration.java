package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;

/**
 * The brukare's physical keys: the set numbered nyckelnummer, held by the holder the model names
 * in the input parameter nyckelinnehavare (default HEMTJANST), and the larmgrupp's set when
 * nyckelnummerLarmgrupp is given (LP §4: two sets). The change goes into the access log.
 */
@Component("keyRegistration")
class KeyRegistration implements JavaDelegate {

  static final String NYCKELINNEHAVARE = "nyckelinnehavare";

  private final KeyRegistry keys;
  private final BrukareAccess access;

  KeyRegistration(KeyRegistry keys, BrukareAccess access) {
    this.keys = keys;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String nyckelnummer = NYCKELNUMMER.from(execution)
        .orElseThrow(() -> new Refusal("Nyckelnummer saknas för de fysiska nycklarna"));
    long brukareId = BRUKARE_ID.require(execution);
    keys.register(brukareId, nyckelnummer, holder(execution));
    NYCKELNUMMER_LARMGRUPP.from(execution)
        .ifPresent(larmgrupp -> keys.register(brukareId, larmgrupp, KeyHolder.LARMGRUPP));
    access.changed(brukareId, DelegateChanges.KEYS_REGISTERED, AccessChannel.DELEGATE);
  }

  private static KeyHolder holder(DelegateExecution execution) {
    Object holder = execution.getVariableLocal(NYCKELINNEHAVARE);
    return holder == null ? KeyHolder.HEMTJANST : KeyHolder.valueOf(holder.toString());
  }
}

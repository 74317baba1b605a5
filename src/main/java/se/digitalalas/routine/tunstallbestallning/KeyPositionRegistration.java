package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;

/**
 * After Task_RegistreraNyckelposition (HBG step 5): a physical key the kund handed over, or one
 * needed before or without a digital lock, is registered with its nyckelnummer and where it is
 * kept (held by hemvården), and goes into the access log. Without a key nothing is registered.
 */
@Component("keyPositionRegistration")
class KeyPositionRegistration implements JavaDelegate {

  private final KeyRegistry keys;
  private final BrukareAccess access;

  KeyPositionRegistration(KeyRegistry keys, BrukareAccess access) {
    this.keys = keys;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireAnswered(execution, "Fyll i alla uppgifter innan uppgiften slutförs. Saknas",
        FYSISKA_NYCKLAR_FINNS);
    if (!FYSISKA_NYCKLAR_FINNS.isConfirmed(execution)) {
      return;
    }
    String nyckelnummer = NYCKELNUMMER.from(execution).orElseThrow(() -> new Refusal("Ange nyckelnummer"));
    String nyckelposition = NYCKELPOSITION.from(execution).orElseThrow(() -> new Refusal("Ange nyckelposition"));
    long brukareId = BRUKARE_ID.require(execution);
    keys.register(brukareId, nyckelnummer, KeyHolder.HEMTJANST);
    Key key = keys.forBrukare(brukareId).stream()
        .filter(k -> k.issuedTo() == KeyHolder.HEMTJANST && k.keyNumber().equals(nyckelnummer))
        .findFirst().orElseThrow();
    keys.recordNyckelposition(key.id(), nyckelposition);
    access.changed(brukareId, DelegateChanges.KEY_POSITION_REGISTERED, AccessChannel.DELEGATE);
  }
}

package se.digitalalas.routine.byteavutforare;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * Start listener of byte-av-utforare after registeredBrukare (it needs brukareId): both providers
 * named, short enough for the registry, not the same one, and the previous one the provider the
 * registry has for the brukare, when it has one. A change from a provider the registry does not
 * know would leave the history wrong.
 */
@Component("utforareChangeRequest")
class UtforareChangeRequest implements ExecutionListener {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final UtforareRegistry utforare;

  UtforareChangeRequest(UtforareRegistry utforare) {
    this.utforare = utforare;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String tidigare = TIDIGARE_UTFORARE.from(execution)
        .orElseThrow(() -> new Refusal("Tidigare utförare saknas: ange utföraren som brukaren har haft"));
    String ny = NY_UTFORARE.from(execution)
        .orElseThrow(() -> new Refusal("Ny utförare saknas: ange utföraren som tar över"));
    TextLimits.require(tidigare, TextLimits.UTFORARE, "tidigare utförare");
    TextLimits.require(ny, TextLimits.UTFORARE, "ny utförare");
    if (same(tidigare, ny)) {
      throw new Refusal("Ny utförare: ange en annan utförare än den tidigare");
    }
    utforare.current(BRUKARE_ID.require(execution))
        .filter(registered -> !same(registered, tidigare))
        .ifPresent(registered -> {
          throw new Refusal("Tidigare utförare: brukarens utförare i registret är " + registered);
        });
    TIDIGARE_UTFORARE.set(execution, tidigare);
    NY_UTFORARE.set(execution, ny);
  }

  private static boolean same(String one, String other) {
    return one.strip().toLowerCase(SWEDISH).equals(other.strip().toLowerCase(SWEDISH));
  }
}

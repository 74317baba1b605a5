package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.utforare.UtforareRegistry;

/**
 * Start listener of lasvred-ny-kund after brukareIntake: the provider named in the order becomes
 * the brukare's utförare in the registry, recorded as a change from the one it had (none for a
 * new brukare) and signed by who started the routine. The same provider again changes nothing.
 */
@Component("utforareAssigned")
class UtforareAssigned implements ExecutionListener {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final UtforareRegistry utforare;
  private final CompletingStaff staff;
  private final BrukareAccess access;

  UtforareAssigned(UtforareRegistry utforare, CompletingStaff staff, BrukareAccess access) {
    this.utforare = utforare;
    this.staff = staff;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    String named = UTFORARE.from(execution).orElseThrow(() -> new ProcessDataMissing(UTFORARE.name()));
    String current = utforare.current(brukareId).orElse(null);
    if (current != null && current.strip().toLowerCase(SWEDISH).equals(named.toLowerCase(SWEDISH))) {
      return;
    }
    utforare.change(brukareId, current, named, staff.signature());
    access.changed(brukareId, DelegateChanges.UTFORARE_CHANGED, AccessChannel.DELEGATE);
  }
}

package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;

/** After Task_StartaVerkstallighet: the trygghetslarm's verkställighet starts on the given date (access logged). */
@Component("verkstallighetStart")
class VerkstallighetStart implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final Clock clock;
  private final BrukareAccess access;

  VerkstallighetStart(BrukareRegistry brukare, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate start = VERKSTALLIGHET_STARTDATUM.date(execution, clock.getZone())
        .orElseThrow(() -> new Refusal("Ange " + VERKSTALLIGHET_STARTDATUM.label()));
    long brukareId = BRUKARE_ID.require(execution);
    brukare.recordVerkstallighetTrygghetslarm(brukareId, start, null);
    access.changed(brukareId, DelegateChanges.VERKSTALLIGHET_STARTED, AccessChannel.DELEGATE);
  }
}

package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;

/** After Task_StartaVerkstallighet: the trygghetslarm's verkställighet starts on the given date. */
@Component("verkstallighetStart")
class VerkstallighetStart implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final Clock clock;

  VerkstallighetStart(BrukareRegistry brukare, Clock clock) {
    this.brukare = brukare;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate start = VERKSTALLIGHET_STARTDATUM.date(execution, clock.getZone())
        .orElseThrow(() -> new Refusal("Ange " + VERKSTALLIGHET_STARTDATUM.label()));
    brukare.recordVerkstallighetTrygghetslarm(BRUKARE_ID.require(execution), start, null);
  }
}

package se.digitalalas.process.deadlines;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;

/**
 * nedmonteringSenast, nedmonteringPaminnelse and nedmonteringEskalering from the later of the
 * brukare's closing dates as the registry has them (the routine closed them just before).
 */
@Component("removalDeadline")
class RemovalDeadlineStep implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final Clock clock;

  RemovalDeadlineStep(BrukareRegistry brukare, Clock clock) {
    this.brukare = brukare;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare removing = brukare.require(BRUKARE_ID.require(execution));
    RemovalDeadline deadline = RemovalDeadline.from(removing.lastClosing()
        .orElseThrow(() -> new ProcessDataMissing(VERKSTALLIGHET_AVSLUTAD_DATUM.name())));
    ZoneId zone = clock.getZone();
    NEDMONTERING_SENAST.set(execution, deadline.due(), zone);
    NEDMONTERING_PAMINNELSE.set(execution, deadline.reminder(), zone);
    NEDMONTERING_ESKALERING.set(execution, deadline.escalation(), zone);
  }
}

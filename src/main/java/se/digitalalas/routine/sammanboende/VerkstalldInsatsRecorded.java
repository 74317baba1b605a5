package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Insats;

/**
 * After Task_OrdnaVerkstalldInsats: the verksamhet confirms the insats verkställd in Treserva (read
 * over to TES, LKP) and gives the day it began. Each cohabitant who lacked one gets the hemtjänst
 * insats verkställd from that day in the registry (TES is hemtjänst's time and insats registration),
 * in the access log. An unticked confirmation, a missing or a future date is refused and the task
 * stays open.
 */
@Component("verkstalldInsatsRecorded")
class VerkstalldInsatsRecorded implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final BrukareAccess access;
  private final Clock clock;

  VerkstalldInsatsRecorded(BrukareRegistry brukare, BrukareAccess access, Clock clock) {
    this.brukare = brukare;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, "Bekräfta innan uppgiften slutförs", INSATS_VERKSTALLD);
    LocalDate start = VERKSTALLIGHET_STARTDATUM.date(execution, clock.getZone())
        .orElseThrow(() -> new Refusal("Ange verkställighetens startdatum"));
    if (start.isAfter(LocalDate.now(clock))) {
      throw new Refusal("Verkställighetens startdatum: ange dagen då insatsen verkställdes, inte ett datum i framtiden");
    }
    Stream.of(BRUKARE_ID.require(execution), SAMMANBOENDE_BRUKARE_ID.require(execution))
        .map(brukare::require)
        .filter(cohabitant -> !VerkstalldInsats.of(cohabitant))
        .forEach(cohabitant -> {
          brukare.recordVerkstalldInsats(cohabitant.id(), Insats.HEMTJANST, start);
          access.changed(cohabitant.id(), DelegateChanges.INSATS_VERKSTALLD, AccessChannel.DELEGATE);
        });
    INSATSER_VERKSTALLDA.set(execution, true);
  }
}

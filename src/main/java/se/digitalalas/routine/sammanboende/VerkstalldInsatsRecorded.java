package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Insats;

/**
 * After Task_OrdnaVerkstalldInsats: the verksamhet confirms the insats verkställd in Treserva (read
 * over to TES, LKP) and gives the day it began. Each cohabitant who lacked one gets the insatser the
 * registry has for them verkställda from that day (a brukare new to the registry: hemtjänst, the
 * insats TES registers), in the access log. An unticked confirmation, a missing or a future date is refused and the task
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

  /** The insatser the brukare has; one without any (new to the registry) gets hemtjänst, TES's insats. */
  static List<Insats> verkstallda(Brukare cohabitant) {
    List<Insats> insatser = Stream.of(Insats.values()).filter(cohabitant::has).toList();
    return insatser.isEmpty() ? List.of(Insats.HEMTJANST) : insatser;
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
          for (Insats insats : verkstallda(cohabitant)) {
            brukare.recordVerkstalldInsats(cohabitant.id(), insats, start);
            access.changed(cohabitant.id(), DelegateChanges.verkstalld(insats), AccessChannel.DELEGATE);
          }
        });
    INSATSER_VERKSTALLDA.set(execution, true);
  }
}

package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.TextLimits;

/**
 * First start listener of lasvred-ny-kund (before brukareIntake): what the order says beyond the
 * brukare's details. A customer placed by another municipality names it (hemkommun); the provider
 * is named; a decision's end date comes after the decision and has not passed. annanKommun
 * becomes an explicit answer for the gateway.
 */
@Component("lasvredCustomerOrder")
class LasvredCustomerOrder implements ExecutionListener {

  private final Clock clock;

  LasvredCustomerOrder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean annanKommun = ANNAN_KOMMUN.isConfirmed(execution);
    Optional<String> hemkommun = HEMKOMMUN.from(execution);
    if (annanKommun && hemkommun.isEmpty()) {
      throw new Refusal("Hemkommun saknas: ange kommunen som placerat kunden");
    }
    hemkommun.ifPresent(kommun -> TextLimits.require(kommun, TextLimits.KOMMUN, "hemkommun"));
    String utforare = UTFORARE.from(execution)
        .orElseThrow(() -> new Refusal("Utförare saknas: ange hemtjänstutföraren som ska ha kunden"));
    TextLimits.require(utforare, TextLimits.UTFORARE, "utförare");
    Optional<LocalDate> slutdatum = BESLUT_SLUTDATUM.date(execution, clock.getZone());
    if (slutdatum.isPresent()) {
      if (slutdatum.get().isBefore(LocalDate.now(clock))) {
        throw new Refusal("Beslutets slutdatum har redan passerat: ange ett datum från i dag och framåt");
      }
      BESLUTSDATUM.date(execution, clock.getZone())
          .filter(beslutsdatum -> !slutdatum.get().isAfter(beslutsdatum))
          .ifPresent(beslutsdatum -> {
            throw new Refusal("Beslutets slutdatum ska vara efter beslutsdatum (" + beslutsdatum + ")");
          });
    }
    ANNAN_KOMMUN.set(execution, annanKommun);
    UTFORARE.set(execution, utforare.strip());
  }
}

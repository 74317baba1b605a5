package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Address;

/**
 * Start listener of a routine that begins with the brukare's details: checks them, puts the
 * brukare in the registry and sets brukareId, the 12-digit personnummer and the business key.
 */
@Component("brukareIntake")
class BrukareIntake implements ExecutionListener {

  private final BrukareRegistrar registrar;
  private final Clock clock;

  BrukareIntake(BrukareRegistrar registrar, Clock clock) {
    this.registrar = registrar;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Personnummer personnummer = Personnummer.parse(PERSONNUMMER.orNull(execution), clock);
    String namn = NAMN.from(execution).orElseThrow(() -> new Refusal("Namn saknas"));
    Address address = Address.of(ADRESS.orNull(execution), POSTNUMMER.orNull(execution), ORT.orNull(execution));
    boolean hemtjanst = INSATS_HEMTJANST.isConfirmed(execution);
    boolean trygghetslarm = INSATS_TRYGGHETSLARM.isConfirmed(execution);

    long brukareId = registrar.register(new BrukareRegistration(
        personnummer,
        namn,
        TELEFON.orNull(execution),
        address,
        PORTKOD.orNull(execution),
        HEMVARDSOMRADE.orNull(execution),
        null,
        hemtjanst,
        trygghetslarm,
        BESLUTSDATUM.date(execution, clock.getZone()).orElse(null)));

    PERSONNUMMER.set(execution, personnummer.value());
    BRUKARE_ID.set(execution, brukareId);
    // gateways read the insatser, so a missing one becomes an explicit false
    INSATS_HEMTJANST.set(execution, hemtjanst);
    INSATS_TRYGGHETSLARM.set(execution, trygghetslarm);
    execution.setProcessBusinessKey(personnummer.value());
  }
}

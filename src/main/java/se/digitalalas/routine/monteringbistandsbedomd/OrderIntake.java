package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Address;
import se.digitalalas.refusal.Refusal;

/**
 * Start of montering-bistandsbedomd: validates the order, refuses a second running montering
 * for the brukare, puts the brukare in the registry and sets brukareId and the business key.
 */
@Component("orderIntake")
class OrderIntake implements ExecutionListener {

  private final RuntimeService runtimeService;
  private final BrukareRegistrar registrar;
  private final Clock clock;

  OrderIntake(RuntimeService runtimeService, BrukareRegistrar registrar, Clock clock) {
    this.runtimeService = runtimeService;
    this.registrar = registrar;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    Personnummer personnummer = Personnummer.parse(variables.personnummer());
    if (variables.namn() == null) {
      throw new Refusal("Namn saknas");
    }
    Address address = Address.of(variables.adress(), variables.postnummer(), variables.ort());
    refuseSecondMontering(personnummer, execution.getProcessInstanceId());

    long brukareId = registrar.register(new BrukareRegistration(
        personnummer,
        variables.namn(),
        variables.telefon(),
        address,
        variables.portkod(),
        variables.hemvardsomrade(),
        null,
        variables.insatsHemtjanst(),
        variables.insatsTrygghetslarm(),
        variables.beslutsdatum(clock.getZone())));

    variables.setPersonnummer(personnummer.value());
    variables.setBrukareId(brukareId);
    variables.defaultInsatser();
    execution.setProcessBusinessKey(personnummer.value());
  }

  private void refuseSecondMontering(Personnummer personnummer, String thisInstance) {
    boolean running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(MonteringProcess.KEY)
        .processInstanceBusinessKey(personnummer.value())
        .list()
        .stream()
        .anyMatch(instance -> !instance.getId().equals(thisInstance));
    if (running) {
      throw new Refusal("Det finns redan en pågående montering för brukaren");
    }
  }
}

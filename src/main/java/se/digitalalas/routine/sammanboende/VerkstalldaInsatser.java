package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;

/**
 * Whether both cohabitants have a verkställd insats ({@link VerkstalldInsats}); when not,
 * saknarVerkstalldInsats names who lacks one, for the verksamhet's Task_OrdnaVerkstalldInsats.
 */
@Component("verkstalldaInsatser")
class VerkstalldaInsatser implements JavaDelegate {

  private final BrukareRegistry brukare;

  VerkstalldaInsatser(BrukareRegistry brukare) {
    this.brukare = brukare;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> lacking = Stream.of(BRUKARE_ID.require(execution), SAMMANBOENDE_BRUKARE_ID.require(execution))
        .map(brukare::require)
        .filter(cohabitant -> !VerkstalldInsats.of(cohabitant))
        .map(Brukare::name)
        .toList();
    INSATSER_VERKSTALLDA.set(execution, lacking.isEmpty());
    if (!lacking.isEmpty()) {
      SAKNAR_VERKSTALLD_INSATS.set(execution, String.join(" och ", lacking));
    }
  }
}

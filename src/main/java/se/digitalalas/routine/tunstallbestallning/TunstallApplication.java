package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;

/**
 * First start listener of tunstall-bestallning (before brukareIntake): the kanal decides which
 * group informs, registers and starts the verkställighet, so it must be one of the two. (The
 * application is for trygghetslarm: the model's property insats tells the intake so.)
 */
@Component("tunstallApplication")
class TunstallApplication implements ExecutionListener {

  static final Set<String> KANALER = Set.of("MYNDIGHET", "KONTAKTCENTER");

  @Override
  public void notify(DelegateExecution execution) {
    String kanal = KANAL.from(execution).orElseThrow(() -> new Refusal(
        "Kanal saknas: ange MYNDIGHET (biståndshandläggare) eller KONTAKTCENTER (kommunvägledare)"));
    if (!KANALER.contains(kanal)) {
      throw new Refusal("Kanal: ange MYNDIGHET (biståndshandläggare) eller KONTAKTCENTER (kommunvägledare)");
    }
  }
}

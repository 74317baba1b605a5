package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.nfc.NfcTagRegistry;

/** The NFC tag is up at the brukare's, unless the task said it was not (nfcEtikettUppsatt=false). */
@Component("nfcTagPutUp")
class NfcTagPutUp implements JavaDelegate {

  private final NfcTagRegistry nfcTags;
  private final Clock clock;

  NfcTagPutUp(NfcTagRegistry nfcTags, Clock clock) {
    this.nfcTags = nfcTags;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    if (!variables.nfcEtikettUppsatt().orElse(true)) {
      throw new Refusal("Sätt upp NFC-etiketten och bekräfta det innan uppgiften slutförs");
    }
    nfcTags.putUp(variables.brukareId(), LocalDateTime.now(clock));
  }
}

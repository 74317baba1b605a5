package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.nfc.NfcTagRegistry;

/** The NFC tag is down, unless the task said it was not (nfcEtikettNedtagen=false). */
@Component("nfcTagTakenDown")
class NfcTagTakenDown implements JavaDelegate {

  private final NfcTagRegistry nfcTags;
  private final Clock clock;

  NfcTagTakenDown(NfcTagRegistry nfcTags, Clock clock) {
    this.nfcTags = nfcTags;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MonteringVariables variables = new MonteringVariables(execution);
    if (!variables.nfcEtikettNedtagen().orElse(true)) {
      throw new Refusal("Ta ned NFC-etiketten och bekräfta det innan uppgiften slutförs");
    }
    nfcTags.takeDown(variables.brukareId(), LocalDateTime.now(clock));
  }
}

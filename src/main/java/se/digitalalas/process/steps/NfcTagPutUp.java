package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.registry.nfc.NfcTagRegistry;

/** After the task that puts the NFC-etikett up: confirmed (nfcEtikettUppsatt), it is up. */
@Component("nfcTagPutUp")
class NfcTagPutUp implements JavaDelegate {

  private final NfcTagRegistry nfcTags;
  private final Clock clock;
  private final BrukareAccess access;

  NfcTagPutUp(NfcTagRegistry nfcTags, Clock clock, BrukareAccess access) {
    this.nfcTags = nfcTags;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, NFC_ETIKETT_UPPSATT,
        "Sätt upp NFC-etiketten och bekräfta det innan uppgiften slutförs");
    long brukareId = BRUKARE_ID.require(execution);
    nfcTags.putUp(brukareId, LocalDateTime.now(clock));
    access.changed(brukareId, DelegateChanges.NFC_TAG_PUT_UP, AccessChannel.DELEGATE);
  }
}

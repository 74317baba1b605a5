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

/** After the task that takes the NFC-etikett down: confirmed (nfcEtikettNedtagen), it is down. */
@Component("nfcTagTakenDown")
class NfcTagTakenDown implements JavaDelegate {

  private final NfcTagRegistry nfcTags;
  private final Clock clock;
  private final BrukareAccess access;

  NfcTagTakenDown(NfcTagRegistry nfcTags, Clock clock, BrukareAccess access) {
    this.nfcTags = nfcTags;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, NFC_ETIKETT_NEDTAGEN,
        "Ta ned NFC-etiketten och bekräfta det innan uppgiften slutförs");
    long brukareId = BRUKARE_ID.require(execution);
    nfcTags.takeDown(brukareId, LocalDateTime.now(clock));
    access.changed(brukareId, DelegateChanges.NFC_TAG_TAKEN_DOWN, AccessChannel.DELEGATE);
  }
}

package se.digitalalas.routine.lasvredavslut;

import static se.digitalalas.process.variables.Contract.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.nfc.NfcTagRegistry;

/**
 * Start listener of lasvred-avslut after registeredBrukare (it needs brukareId): the
 * biståndshandläggare says whether the trygghetslarm stays. When it does not, the låsvred is to be
 * removed, so the kund must have a Phoniro låsvred installed and linked in the registry; its serial
 * number is then on the case for the tasks. harKvittensprodukt: a kvittensprodukt (NFC-etikett) is
 * up at the kund's, which the provider collects.
 */
@Component("lasvredAvslutRequest")
class LasvredAvslutRequest implements ExecutionListener {

  private final LockRegistry locks;
  private final NfcTagRegistry nfcTags;

  LasvredAvslutRequest(LockRegistry locks, NfcTagRegistry nfcTags) {
    this.locks = locks;
    this.nfcTags = nfcTags;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean trygghetslarmKvar = TRYGGHETSLARM_KVAR.answer(execution).orElseThrow(() -> new Refusal(
        "Trygghetslarmet är kvar: svara ja eller nej (om kunden behåller trygghetslarmet)"));
    long brukareId = BRUKARE_ID.require(execution);
    Optional<Lock> lasvred = locks.lockLinkedTo(brukareId)
        .filter(lock -> lock.status() == LockStatus.INSTALLED && lock.vendor() == Vendor.PHONIRO);
    if (!trygghetslarmKvar && lasvred.isEmpty()) {
      throw new Refusal("Personnummer: kunden har inget låsvred från Phoniro kopplat i registret, "
          + "så det finns ingen avinstallation att beställa");
    }
    TRYGGHETSLARM_KVAR.set(execution, trygghetslarmKvar);
    lasvred.ifPresent(lock -> SERIENUMMER.set(execution, lock.serialNumber()));
    HAR_KVITTENSPRODUKT.set(execution, nfcTags.hasTagUp(brukareId));
  }
}

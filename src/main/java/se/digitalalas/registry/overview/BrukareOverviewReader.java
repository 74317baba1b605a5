package se.digitalalas.registry.overview;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.overview.BrukareOverview.LockOverview;
import se.digitalalas.registry.receipt.ReceiptRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

@Component
public class BrukareOverviewReader {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final LockRegistry locks;
  private final KeyRegistry keys;
  private final ReceiptRegistry receipts;
  private final NfcTagRegistry nfcTags;
  private final NoteRegistry notes;
  private final OutgoingMessageRegistry messages;
  private final UtforareRegistry utforare;

  public BrukareOverviewReader(BrukareRegistry brukare, HouseholdRegistry households,
      LockRegistry locks, KeyRegistry keys, ReceiptRegistry receipts, NfcTagRegistry nfcTags,
      NoteRegistry notes, OutgoingMessageRegistry messages, UtforareRegistry utforare) {
    this.brukare = brukare;
    this.households = households;
    this.locks = locks;
    this.keys = keys;
    this.receipts = receipts;
    this.nfcTags = nfcTags;
    this.notes = notes;
    this.messages = messages;
    this.utforare = utforare;
  }

  @Transactional(readOnly = true)
  public Optional<BrukareOverview> byId(long id) {
    return brukare.findById(id).map(this::overview);
  }

  @Transactional(readOnly = true)
  public Optional<BrukareOverview> byPersonnummer(Personnummer personnummer) {
    return brukare.findByPersonnummer(personnummer).map(this::overview);
  }

  private BrukareOverview overview(Brukare found) {
    return new BrukareOverview(
        found,
        households.findById(found.householdId()).orElseThrow(),
        lock(found).map(lock -> new LockOverview(lock, locks.linkedBrukare(lock.id()))).orElse(null),
        locks.history(found.id()),
        keys.forBrukare(found.id()),
        receipts.forBrukare(found.id()),
        nfcTags.forBrukare(found.id()),
        notes.forBrukare(found.id()),
        messages.forBrukare(found.id()),
        utforare.current(found.id()).orElse(null),
        utforare.history(found.id()));
  }

  /** The lock the brukare is linked to, else the household's active one (not yet linked). */
  private Optional<Lock> lock(Brukare found) {
    return locks.lockLinkedTo(found.id())
        .or(() -> locks.activeLockOfHousehold(found.householdId()));
  }
}

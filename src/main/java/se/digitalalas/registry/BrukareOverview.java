package se.digitalalas.registry;

import java.util.List;
import se.digitalalas.brukare.Brukare;
import se.digitalalas.household.Household;
import se.digitalalas.key.Key;
import se.digitalalas.lock.LinkedBrukare;
import se.digitalalas.lock.Lock;
import se.digitalalas.message.OutgoingMessage;
import se.digitalalas.nfc.NfcTag;
import se.digitalalas.note.Note;
import se.digitalalas.receipt.Receipt;

/** Everything the registry knows about one brukare's door. lock is null when there is none. */
public record BrukareOverview(
    Brukare brukare,
    Household household,
    LockOverview lock,
    List<Key> keys,
    List<Receipt> receipts,
    List<NfcTag> nfcTags,
    List<Note> notes,
    List<OutgoingMessage> outgoingMessages) {

  public record LockOverview(Lock lock, List<LinkedBrukare> linkedBrukare) {
  }
}

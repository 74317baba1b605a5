package se.digitalalas.registry.overview;

import java.util.List;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.lock.LinkedBrukare;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockLink;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.registry.nfc.NfcTag;
import se.digitalalas.registry.note.Note;
import se.digitalalas.registry.receipt.Receipt;
import se.digitalalas.registry.utforare.UtforareChange;

/**
 * Everything the registry knows about one brukare's door. lock is null when there is none;
 * lockHistory keeps every lock the brukare was linked to, removed ones with their dates. utforare
 * is the brukare's hemtjänst provider (null until a byte av utförare registered one), with every
 * change in utforareHistory.
 */
public record BrukareOverview(
    Brukare brukare,
    Household household,
    LockOverview lock,
    List<LockLink> lockHistory,
    List<Key> keys,
    List<Receipt> receipts,
    List<NfcTag> nfcTags,
    List<Note> notes,
    List<OutgoingMessage> outgoingMessages,
    String utforare,
    List<UtforareChange> utforareHistory) {

  public record LockOverview(Lock lock, List<LinkedBrukare> linkedBrukare) {
  }
}

package se.digitalalas.process.steps;

import se.digitalalas.registry.brukare.Insats;

/**
 * What the access log says a delegate changed on a brukare's record (the entry's what, channel
 * DELEGATE). Short Swedish texts without personal data: no personnummer, name, address, key or
 * serial numbers.
 */
public final class DelegateChanges {

  public static final String BRUKARE_REGISTERED = "Registrerade brukaren";
  public static final String BRUKARE_UPDATED = "Uppdaterade brukarens uppgifter";
  public static final String NOTE_WRITTEN = "Skrev anteckning";
  public static final String KODLAS_ANSWERED = "Registrerade svar om kodlås på ytterdörren";
  public static final String KEYS_REGISTERED = "Registrerade fysiska nycklar";
  public static final String KEY_POSITION_REGISTERED = "Registrerade fysisk nyckel med nyckelposition";
  public static final String KEYS_RETURNED = "Registrerade nycklar återlämnade till brukaren";
  public static final String NFC_TAG_PUT_UP = "Registrerade uppsatt NFC-etikett";
  public static final String NFC_TAG_TAKEN_DOWN = "Registrerade nedtagen NFC-etikett";
  public static final String MESSAGE_QUEUED = "Lade meddelande i utkorgen";
  public static final String LOCK_ORDERED = "Registrerade beställt lås";
  public static final String LOCK_INSTALLED = "Registrerade installerat lås";
  public static final String LOCK_LINKED = "Kopplade brukaren till låset";
  public static final String LOCK_UNLINKED = "Kopplade bort brukaren från låset";
  public static final String LOCK_REMOVED = "Registrerade nedmonterat lås";
  public static final String NYCKELKVITTENS_RECORDED = "Registrerade nyckelkvittens";
  public static final String LASKVITTENS_RECORDED = "Registrerade låskvittens";
  public static final String LASKVITTENS_FILED = "Registrerade var låskvittensen förvaras";
  public static final String VERKSTALLIGHET_STARTED = "Registrerade start av verkställigheten för trygghetslarm";
  public static final String MOVED_TO_HEMTJANST = "Flyttade akten från trygghetslarm till hemtjänst";
  public static final String UTFORARE_CHANGED = "Registrerade byte av utförare";

  private DelegateChanges() {
  }

  /** "Registrerade verkställd insats: hemtjänst" / "…: trygghetslarm". */
  public static String verkstalld(Insats insats) {
    return "Registrerade verkställd insats: " + insats.swedish();
  }

  /** "Avslutade verkställigheten för hemtjänst" / "… för trygghetslarm". */
  public static String verkstallighetClosed(Insats insats) {
    return "Avslutade verkställigheten för " + insats.swedish();
  }
}

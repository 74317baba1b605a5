package se.digitalalas.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockLink;
import se.digitalalas.registry.overview.BrukareOverview;
import se.digitalalas.registry.overview.BrukareOverview.LockOverview;
import se.digitalalas.registry.overview.BrukareOverviewReader;

/**
 * The one way to a brukare's record for a staff member: the access rule ({@link AccessRule}),
 * the door details masked for those who do not go to the door, and one access log entry per
 * read, refused ones included. Every channel that shows the record (/api, the Tasklist tab)
 * reads through {@link #read} or {@link #readByPersonnummer}; code that changes a record on a
 * staff member's behalf logs it with {@link #changed}.
 */
@Component
public class BrukareAccess {

  static final String READ = "Läste brukarens registerpost";
  static final String SEARCH = "Sökte brukare på personnummer";
  static final String SEARCH_NO_MATCH = "Sökte brukare på personnummer, ingen träff";
  static final String DOCUMENT = "Hämtade dokument som skickats om brukaren";
  /** The user id a change is logged with when no one is signed in (a job). */
  public static final String SERVICE_USER = "tjansten";

  private final BrukareOverviewReader reader;
  private final BrukareRegistry brukare;
  private final WorkOnBrukare work;
  private final AccessLog log;
  private final CurrentStaff currentStaff;

  BrukareAccess(BrukareOverviewReader reader, BrukareRegistry brukare, WorkOnBrukare work,
      AccessLog log, CurrentStaff currentStaff) {
    this.reader = reader;
    this.brukare = brukare;
    this.work = work;
    this.log = log;
    this.currentStaff = currentStaff;
  }

  /** The caller of this request as the engine knows them; empty when no one is signed in. */
  public Optional<Staff> currentStaff() {
    return currentStaff.current();
  }

  /** What the rule decides for the staff member and brukare. Logs nothing: for showing a link or a tab. */
  public AccessDecision decide(Staff staff, long brukareId) {
    return AccessRule.decide(staff, () -> work.hadWork(staff, brukareId));
  }

  /**
   * The brukare's record as the staff member may see it (door details masked unless they go to
   * the door); empty when the registry has no such brukare. Logs one READ entry in its own
   * transaction, allowed or not.
   *
   * @throws AccessDenied when the rule refuses (the attempt is logged with allowed = false)
   */
  public Optional<BrukareOverview> read(Staff staff, long brukareId, AccessChannel channel) {
    return readLogged(staff, brukareId, channel, READ);
  }

  /**
   * As {@link #read}, found by personnummer. A staff member who does not read all brukare gets
   * {@link AccessDenied} for a personnummer the registry does not know too, so that the answer
   * does not tell whether someone is in the registry. The personnummer is never logged.
   */
  public Optional<BrukareOverview> readByPersonnummer(Staff staff, Personnummer personnummer,
      AccessChannel channel) {
    Optional<Brukare> found = brukare.findByPersonnummer(personnummer);
    if (found.isEmpty()) {
      boolean allowed = AccessRule.readsAll(staff);
      log.read(staff, null, SEARCH_NO_MATCH, channel, allowed);
      if (!allowed) {
        throw new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE);
      }
      return Optional.empty();
    }
    return readLogged(staff, found.get().id(), channel, SEARCH);
  }

  /**
   * A document sent about the brukare (an order, a billing basis) read by the staff member: the
   * same rule as the record, and a document with the door details (portkod) only for those who go
   * to the door. Logs one entry in its own transaction, allowed or not.
   *
   * @throws AccessDenied when the rule refuses
   */
  public void readDocument(Staff staff, long brukareId, boolean withDoorDetails, AccessChannel channel) {
    AccessDecision decision = decide(staff, brukareId);
    boolean allowed = decision.allowed() && (decision.seesDoorDetails() || !withDoorDetails);
    log.read(staff, brukareId, DOCUMENT + " (" + decision.reason() + ")", channel, allowed);
    if (!allowed) {
      throw new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE);
    }
  }

  private Optional<BrukareOverview> readLogged(Staff staff, long brukareId, AccessChannel channel,
      String what) {
    AccessDecision decision = decide(staff, brukareId);
    log.read(staff, brukareId, what + " (" + decision.reason() + ")", channel, decision.allowed());
    if (!decision.allowed()) {
      throw new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE);
    }
    return reader.byId(brukareId).map(record -> decision.seesDoorDetails() ? record : withoutDoorDetails(record));
  }

  /**
   * Logs a change of the brukare's record made for the signed-in staff member (or by the service
   * in a job, user {@value #SERVICE_USER}), in the caller's transaction: it commits or rolls back
   * with the change. what is a short Swedish text without personal data ("Registrerade nyckel").
   */
  public void changed(long brukareId, String what, AccessChannel channel) {
    Optional<Staff> staff = currentStaff.current();
    log.change(staff.map(Staff::userId).orElse(SERVICE_USER),
        staff.map(Staff::groupIds).orElse(List.of()), brukareId, what, channel);
  }

  /**
   * The access log for a review, for the enhetschef and administrators.
   *
   * @throws AccessDenied for anyone else
   */
  public List<AccessLogEntry> review(Staff staff, AccessLogQuery query) {
    if (!AccessRule.reviewsTheLog(staff)) {
      throw new AccessDenied(AccessDenied.NOT_A_LOG_REVIEWER);
    }
    return log.find(query);
  }

  /** The record without the portkod, the keys' numbers and positions and the locks' key numbers (null). */
  public static BrukareOverview withoutDoorDetails(BrukareOverview record) {
    Household h = record.household();
    Household household = new Household(h.id(), h.address(), h.postalCode(), h.city(), null, h.kodlas(),
        h.kodlasRecordedAt());
    LockOverview lock = record.lock() == null ? null
        : new LockOverview(withoutKeyNumber(record.lock().lock()), record.lock().linkedBrukare());
    List<LockLink> history = record.lockHistory().stream()
        .map(link -> new LockLink(withoutKeyNumber(link.lock()), link.linkedAt(), link.unlinkedAt()))
        .toList();
    List<Key> keys = record.keys().stream()
        .map(key -> new Key(key.id(), key.brukareId(), null, key.holder(), key.issuedTo(), null,
            key.registeredAt(), key.returnedAt()))
        .toList();
    return new BrukareOverview(record.brukare(), household, lock, history, keys, record.receipts(),
        record.nfcTags(), record.notes(), record.outgoingMessages(), record.utforare(), record.utforareHistory());
  }

  private static Lock withoutKeyNumber(Lock lock) {
    return lock == null ? null : new Lock(lock.id(), lock.householdId(), lock.serialNumber(), lock.vendor(),
        lock.status(), lock.installedOn(), lock.removedOn(), null);
  }
}

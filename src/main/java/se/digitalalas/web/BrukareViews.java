package se.digitalalas.web;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.process.history.BrukareRoutines;
import se.digitalalas.process.history.BrukareRoutines.Routine;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.overview.BrukareOverview;
import se.digitalalas.security.AsTheService;

/**
 * What Tasklist shows of a brukare (the Brukare tab, the search): the record as the need-to-know
 * rule lets the staff member read it, logged with channel TASKLIST, and the routines that ran or
 * run for the brukare. The routines are looked up as the service: the staff member's own
 * authorizations hide the routines of other groups, which the record is meant to show.
 */
@Component
class BrukareViews {

  private final BrukareAccess access;
  private final BrukareRoutines routines;
  private final AsTheService asTheService;

  BrukareViews(BrukareAccess access, BrukareRoutines routines, IdentityService identity) {
    this.access = access;
    this.routines = routines;
    this.asTheService = new AsTheService(identity);
  }

  Optional<BrukareView> read(Staff staff, long brukareId) {
    return access.read(staff, brukareId, AccessChannel.TASKLIST).map(this::withRoutines);
  }

  Optional<BrukareView> find(Staff staff, Personnummer personnummer) {
    return access.readByPersonnummer(staff, personnummer, AccessChannel.TASKLIST).map(this::withRoutines);
  }

  private BrukareView withRoutines(BrukareOverview record) {
    List<Routine> ran = asTheService.lookup(
        () -> routines.of(record.brukare().id()));
    return new BrukareView(record, ran);
  }

  /** The record and the routines, newest first. */
  record BrukareView(BrukareOverview record, List<Routine> routines) {
  }
}

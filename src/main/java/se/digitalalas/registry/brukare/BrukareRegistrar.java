package se.digitalalas.registry.brukare;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.digitalalas.registry.brukare.BrukareRegistry.FoundOrCreated;
import se.digitalalas.registry.brukare.Registered.Change;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/**
 * Puts a brukare in the registry. The registry is the truth: a brukare already registered keeps
 * name, household and every value the registry knows; where the order says otherwise, the
 * difference is returned for a person to confirm. An order fills in only what the registry did
 * not know, and brings the decision's insatser and beslutsdatum.
 */
@Component
public class BrukareRegistrar {

  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;

  public BrukareRegistrar(BrukareRegistry brukare, HouseholdRegistry households) {
    this.brukare = brukare;
    this.households = households;
  }

  /** Returns the brukare's id. */
  @Transactional
  public long register(BrukareRegistration order) {
    return registerOrder(order).brukare().id();
  }

  /** The brukare and household as registered after the order, with where the order differed. */
  @Transactional
  public Registered registerOrder(BrukareRegistration order) {
    FoundOrCreated found = brukare.findByPersonnummer(order.personnummer())
        .map(known -> new FoundOrCreated(known, false))
        .orElseGet(() -> brukare.findOrCreate(order, households.findOrCreate(order.address()).id()));
    Brukare registered = found.brukare();
    Household household = households.findById(registered.householdId()).orElseThrow();
    List<String> differences = OrderDifferences.between(order, registered, household);

    boolean updated = false;
    if (household.portkod() == null && order.portkod() != null && !order.portkod().isBlank()) {
      households.recordPortkodIfUnknown(household.id(), order.portkod().strip());
      updated = true;
    }
    if (changesTheRecord(order, registered)) {
      brukare.recordOrder(registered.id(), order);
      updated = true;
    }
    Change change = found.created() ? Change.NEW : updated ? Change.UPDATED : Change.UNCHANGED;
    return new Registered(brukare.require(registered.id()),
        households.findById(registered.householdId()).orElseThrow(), differences, change);
  }

  /** Writes only when something changes, so that an order repeating the registry locks no row. */
  private static boolean changesTheRecord(BrukareRegistration order, Brukare registered) {
    return order.insatsHemtjanst() != registered.insatsHemtjanst()
        || order.insatsTrygghetslarm() != registered.insatsTrygghetslarm()
        || (order.beslutsdatum() != null && !order.beslutsdatum().equals(registered.beslutsdatum()))
        || fillsIn(order.phone(), registered.phone())
        || fillsIn(order.hemvardsomrade(), registered.hemvardsomrade())
        || fillsIn(order.hemkommun(), registered.hemkommun());
  }

  private static boolean fillsIn(String ordered, String known) {
    return known == null && ordered != null && !Objects.equals(ordered, known);
  }
}

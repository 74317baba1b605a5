package se.digitalalas.registry.brukare;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/** Puts a brukare in the registry: finds or creates the household, then creates or updates. */
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
  public long register(BrukareRegistration registration) {
    Household household = households.findOrCreate(registration.address());
    if (registration.portkod() != null && !registration.portkod().isBlank()) {
      households.updatePortkod(household.id(), registration.portkod().strip());
    }
    return brukare.upsert(registration, household.id());
  }
}

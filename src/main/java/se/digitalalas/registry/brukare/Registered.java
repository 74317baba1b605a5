package se.digitalalas.registry.brukare;

import java.util.List;
import java.util.Optional;
import se.digitalalas.registry.household.Household;

/**
 * The brukare and household as the registry has them after an order, where the order said
 * otherwise (each difference names its field; a portkod is never repeated), and what the order
 * changed.
 */
public record Registered(Brukare brukare, Household household, List<String> differences, Change change) {

  /** What the order did to the registry. */
  public enum Change {
    /** The brukare was created. */
    NEW,
    /** The registered brukare got what the registry lacked, or the decision's insatser and beslutsdatum. */
    UPDATED,
    /** The order repeated the registry. */
    UNCHANGED
  }

  public Registered {
    differences = List.copyOf(differences);
  }

  /** The note for a person to confirm the differences; empty when the order agreed. */
  public Optional<String> differenceNote() {
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Avvikande uppgifter vid beställning: " + String.join("; ", differences)
        + ". Registret är inte ändrat: bekräfta eller rätta uppgifterna.");
  }
}

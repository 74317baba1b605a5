package se.digitalalas.routine.lasnedmontering;

import java.time.LocalDate;
import se.digitalalas.registry.lock.Lock;

/** What a removal documents on the brukare. */
final class RemovalNotes {

  private RemovalNotes() {
  }

  static String removed(Lock lock, LocalDate on) {
    return "Digitalt lås (serienummer " + lock.serialNumber() + ") nedmonterat " + on
        + ". Dörren återställd med ordinarie låsvred. Nycklarna återlämnade till brukaren, nyckelkvittens signerad.";
  }

  static String removedByCohabitant(LocalDate on) {
    return "Hushållets digitala lås var redan nedmonterat. Nycklarna återlämnade till brukaren " + on
        + ", nyckelkvittens signerad.";
  }
}

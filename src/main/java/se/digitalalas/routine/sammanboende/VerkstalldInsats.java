package se.digitalalas.routine.sammanboende;

import se.digitalalas.registry.brukare.Brukare;

/**
 * LKP: a digital lock unit can be linked to a brukare only once the brukare has a verkställd insats
 * in Treserva (read over to TES): an insats the brukare has whose verkställighet has begun and is
 * not closed.
 */
final class VerkstalldInsats {

  private VerkstalldInsats() {
  }

  static boolean of(Brukare brukare) {
    return (brukare.insatsHemtjanst() && brukare.verkstallighetHemtjanstStart() != null
        && brukare.verkstallighetHemtjanstEnd() == null)
        || (brukare.insatsTrygghetslarm() && brukare.verkstallighetTrygghetslarmStart() != null
        && brukare.verkstallighetTrygghetslarmEnd() == null);
  }
}

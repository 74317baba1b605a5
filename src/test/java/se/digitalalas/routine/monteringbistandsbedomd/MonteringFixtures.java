package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.household.Household;

final class MonteringFixtures {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15);
  static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
  static final long BRUKARE_ID = 7L;
  static final long HOUSEHOLD_ID = 3L;

  private MonteringFixtures() {
  }

  static Brukare astrid() {
    return new Brukare(BRUKARE_ID, "194403052386", "Astrid Andersson", "070-1234567",
        HOUSEHOLD_ID, "Norra", null, true, true, LocalDate.of(2026, 11, 20), null, null, null, null);
  }

  static Household household(Boolean kodlas) {
    return new Household(HOUSEHOLD_ID, "Storgatan 1", "12345", "Storstad", "1234", kodlas,
        kodlas == null ? null : NOW);
  }
}

package se.digitalalas.process.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.household.Household;

public final class StepFixtures {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15);
  public static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
  public static final long BRUKARE_ID = 7L;
  public static final long HOUSEHOLD_ID = 3L;

  private StepFixtures() {
  }

  public static Brukare astrid() {
    return new Brukare(BRUKARE_ID, "194403052386", "Astrid Andersson", "070-1234567",
        HOUSEHOLD_ID, "Norra", null, true, true, LocalDate.of(2026, 11, 20), null, null, null, null);
  }

  public static Household household(Boolean kodlas) {
    return new Household(HOUSEHOLD_ID, "Storgatan 1", "12345", "Storstad", "1234", kodlas,
        kodlas == null ? null : NOW);
  }
}

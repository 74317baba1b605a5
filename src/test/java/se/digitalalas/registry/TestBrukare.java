package se.digitalalas.registry;

import java.time.LocalDate;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Address;

/** Valid registrations for tests. */
public final class TestBrukare {

  public static final String ASTRID = "194403052386";
  public static final String BERTIL = "194106219811";
  public static final String CECILIA = "195210128400";

  private TestBrukare() {
  }

  public static BrukareRegistration at(String personnummer, String name, String street) {
    return new BrukareRegistration(new Personnummer(personnummer), name, "070-123 45 67",
        Address.of(street, "123 45", "Storstad"), "1234", "Norra", null, true, true,
        LocalDate.of(2026, 11, 20));
  }

  public static BrukareRegistration astrid() {
    return at(ASTRID, "Astrid Andersson", "Storgatan 1");
  }
}

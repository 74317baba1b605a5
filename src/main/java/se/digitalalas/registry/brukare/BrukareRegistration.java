package se.digitalalas.registry.brukare;

import static se.digitalalas.registry.TextLimits.*;

import java.time.LocalDate;
import se.digitalalas.registry.household.Address;

/**
 * What an order tells about a brukare. Optional fields (null) keep what the registry already
 * knows; portkod belongs to the household's building.
 */
public record BrukareRegistration(
    Personnummer personnummer,
    String name,
    String phone,
    Address address,
    String portkod,
    String hemvardsomrade,
    String hemkommun,
    boolean insatsHemtjanst,
    boolean insatsTrygghetslarm,
    LocalDate beslutsdatum) {

  public BrukareRegistration {
    require(name, NAME, "namn");
    require(phone, PHONE, "telefon");
    require(portkod, PORTKOD, "portkod");
    require(hemvardsomrade, AREA, "hemvårdsområde");
    require(hemkommun, KOMMUN, "hemkommun");
  }
}

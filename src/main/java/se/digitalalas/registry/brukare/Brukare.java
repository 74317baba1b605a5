package se.digitalalas.registry.brukare;

import java.time.LocalDate;

public record Brukare(
    long id,
    String personnummer,
    String name,
    String phone,
    long householdId,
    String hemvardsomrade,
    String hemkommun,
    boolean insatsHemtjanst,
    boolean insatsTrygghetslarm,
    LocalDate beslutsdatum,
    LocalDate verkstallighetHemtjanstStart,
    LocalDate verkstallighetHemtjanstEnd,
    LocalDate verkstallighetTrygghetslarmStart,
    LocalDate verkstallighetTrygghetslarmEnd) {
}

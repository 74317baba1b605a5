package se.digitalalas.registry.brukare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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

  public boolean hasInsatser() {
    return insatsHemtjanst || insatsTrygghetslarm;
  }

  public boolean has(Insats insats) {
    return insats == Insats.HEMTJANST ? insatsHemtjanst : insatsTrygghetslarm;
  }

  /** When the insats began: its verkställighet's start if recorded, else the decision's date. */
  public Optional<LocalDate> insatsStarted(Insats insats) {
    LocalDate start = insats == Insats.HEMTJANST ? verkstallighetHemtjanstStart : verkstallighetTrygghetslarmStart;
    return Optional.ofNullable(start != null ? start : beslutsdatum);
  }

  /** The later of the verkställigheter's closing dates (the 14-day rule counts from it). */
  public Optional<LocalDate> lastClosing() {
    return Stream.of(verkstallighetHemtjanstEnd, verkstallighetTrygghetslarmEnd)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder());
  }
}

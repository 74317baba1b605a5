package se.digitalalas.registry.brukare;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.household.Address;

/** Closing verkställigheter (processes 2 and 4) and moving the record to hemtjänst (4). */
@RegistryTest
abstract class BrukareRegistryTest {

  private static final LocalDate STARTED = LocalDate.of(2025, 4, 1);
  private static final LocalDate BESLUT = LocalDate.of(2026, 11, 20);

  @Autowired
  BrukareRegistry brukare;
  @Autowired
  BrukareRegistrar registrar;

  long astrid;
  long bertil;

  @BeforeEach
  void brukareWithBothInsatser() {
    astrid = registrar.register(TestBrukare.astrid());
    bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
    brukare.recordVerkstallighetHemtjanst(astrid, STARTED, null);
    brukare.recordVerkstallighetTrygghetslarm(astrid, STARTED.plusDays(7), null);
  }

  @Test
  void closingHemtjanstSetsItsEndDateAndEndsTheInsats() {
    brukare.closeVerkstallighet(astrid, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));

    Brukare closed = brukare.require(astrid);
    assertThat(closed.verkstallighetHemtjanstEnd()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(closed.insatsHemtjanst()).isFalse();
    assertThat(closed.verkstallighetHemtjanstStart()).as("the start stays").isEqualTo(STARTED);
    assertThat(closed.insatsTrygghetslarm()).isTrue();
    assertThat(closed.verkstallighetTrygghetslarmEnd()).isNull();
    assertThat(closed.hasInsatser()).isTrue();
    assertThat(closed.lastClosing()).contains(LocalDate.of(2026, 11, 22));
    assertThat(closed.beslutsdatum()).isEqualTo(BESLUT);
  }

  @Test
  void closingTrygghetslarmSetsItsEndDateAndEndsTheInsats() {
    brukare.closeVerkstallighet(astrid, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 21));

    Brukare closed = brukare.require(astrid);
    assertThat(closed.verkstallighetTrygghetslarmEnd()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(closed.insatsTrygghetslarm()).isFalse();
    assertThat(closed.verkstallighetTrygghetslarmStart()).isEqualTo(STARTED.plusDays(7));
    assertThat(closed.insatsHemtjanst()).isTrue();
    assertThat(closed.verkstallighetHemtjanstEnd()).isNull();
  }

  @Test
  void bothClosedLeaveNoInsatserAndTheDeadlineCountsFromTheLater() {
    brukare.closeVerkstallighet(astrid, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));
    brukare.closeVerkstallighet(astrid, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 15));

    Brukare closed = brukare.require(astrid);
    assertThat(closed.hasInsatser()).isFalse();
    assertThat(closed.lastClosing()).contains(LocalDate.of(2026, 11, 22));
  }

  @Test
  void aVerkstallighetWithoutARecordedStartCanBeClosed() {
    brukare.closeVerkstallighet(bertil, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));

    Brukare closed = brukare.require(bertil);
    assertThat(closed.verkstallighetHemtjanstStart()).isNull();
    assertThat(closed.verkstallighetHemtjanstEnd()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(closed.insatsHemtjanst()).isFalse();
  }

  @Test
  void closingOneBrukareLeavesTheCohabitantAsHeWas() {
    brukare.closeVerkstallighet(astrid, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));
    brukare.closeVerkstallighet(astrid, Insats.TRYGGHETSLARM, LocalDate.of(2026, 11, 22));

    Brukare cohabitant = brukare.require(bertil);
    assertThat(cohabitant.insatsHemtjanst()).isTrue();
    assertThat(cohabitant.insatsTrygghetslarm()).isTrue();
    assertThat(cohabitant.lastClosing()).isEmpty();
  }

  @Test
  void aClosingBeforeTheStartIsImpossibleInTheDatabaseToo() {
    assertThatThrownBy(() -> brukare.closeVerkstallighet(astrid, Insats.HEMTJANST, STARTED.minusDays(1)))
        .isInstanceOf(DataIntegrityViolationException.class)
        .message().containsIgnoringCase("ck_brukare_verkstallighet_hemtjanst");
  }

  @Test
  void closingOnTheDayItStartedIsPossible() {
    brukare.closeVerkstallighet(astrid, Insats.TRYGGHETSLARM, STARTED.plusDays(7));

    assertThat(brukare.require(astrid).verkstallighetTrygghetslarmEnd()).isEqualTo(STARTED.plusDays(7));
  }

  @Test
  void aNewOrderAfterTheClosingGivesTheInsatsBack() {
    brukare.closeVerkstallighet(astrid, Insats.HEMTJANST, LocalDate.of(2026, 11, 22));

    registrar.registerOrder(new BrukareRegistration(new Personnummer(TestBrukare.ASTRID), "Astrid Andersson",
        null, Address.of("Storgatan 1", "123 45", "Storstad"), "1234", null, null, true, true,
        LocalDate.of(2026, 11, 23)));

    Brukare again = brukare.require(astrid);
    assertThat(again.insatsHemtjanst()).isTrue();
    assertThat(again.beslutsdatum()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void movingToHemtjanstLeavesHemtjanstOnly() {
    long cecilia = registrar.register(new BrukareRegistration(new Personnummer(TestBrukare.CECILIA),
        "Cecilia Carlsson", null, Address.of("Nygatan 2", "123 45", "Storstad"), null, "Norra", null,
        false, true, BESLUT));
    brukare.recordVerkstallighetTrygghetslarm(cecilia, STARTED, null);

    brukare.moveToHemtjanstOnly(cecilia);

    Brukare moved = brukare.require(cecilia);
    assertThat(moved.insatsHemtjanst()).isTrue();
    assertThat(moved.insatsTrygghetslarm()).isFalse();
    assertThat(moved.verkstallighetTrygghetslarmStart()).as("dates unchanged").isEqualTo(STARTED);
    assertThat(moved.verkstallighetTrygghetslarmEnd()).isNull();
    assertThat(moved.beslutsdatum()).isEqualTo(BESLUT);
    assertThat(brukare.require(astrid).insatsTrygghetslarm()).as("only the named brukare").isTrue();
  }

  @Test
  void movingABrukareWhoHasBothLeavesHemtjanstOnly() {
    brukare.moveToHemtjanstOnly(astrid);

    Brukare moved = brukare.require(astrid);
    assertThat(moved.insatsHemtjanst()).isTrue();
    assertThat(moved.insatsTrygghetslarm()).isFalse();
    assertThat(moved.verkstallighetHemtjanstStart()).isEqualTo(STARTED);
  }
}

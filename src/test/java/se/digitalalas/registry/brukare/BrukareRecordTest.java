package se.digitalalas.registry.brukare;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a Brukare record answers about its insatser and verkställigheter. */
class BrukareRecordTest {

  private static final LocalDate BESLUT = LocalDate.of(2026, 11, 20);

  @Test
  void hasInsatserWhileEitherRemains() {
    assertThat(brukare(true, false).hasInsatser()).isTrue();
    assertThat(brukare(false, true).hasInsatser()).isTrue();
    assertThat(brukare(true, true).hasInsatser()).isTrue();
    assertThat(brukare(false, false).hasInsatser()).isFalse();
  }

  @Test
  void hasNamesOneInsats() {
    Brukare onlyHemtjanst = brukare(true, false);

    assertThat(onlyHemtjanst.has(Insats.HEMTJANST)).isTrue();
    assertThat(onlyHemtjanst.has(Insats.TRYGGHETSLARM)).isFalse();
  }

  @Test
  void anInsatsStartedWithItsVerkstallighetElseWithTheDecision() {
    Brukare started = dated(BESLUT, LocalDate.of(2026, 11, 22), null, null, null);

    assertThat(started.insatsStarted(Insats.HEMTJANST)).contains(LocalDate.of(2026, 11, 22));
    assertThat(started.insatsStarted(Insats.TRYGGHETSLARM)).contains(BESLUT);
    assertThat(dated(null, null, null, LocalDate.of(2025, 1, 7), null).insatsStarted(Insats.TRYGGHETSLARM))
        .contains(LocalDate.of(2025, 1, 7));
    assertThat(dated(null, null, null, null, null).insatsStarted(Insats.HEMTJANST)).isEmpty();
  }

  @Test
  void theLastClosingIsTheLaterOfTheTwo() {
    LocalDate earlier = LocalDate.of(2026, 11, 10);
    LocalDate later = LocalDate.of(2026, 11, 20);

    assertThat(dated(BESLUT, null, earlier, null, later).lastClosing()).contains(later);
    assertThat(dated(BESLUT, null, later, null, earlier).lastClosing()).contains(later);
    assertThat(dated(BESLUT, null, earlier, null, null).lastClosing()).contains(earlier);
    assertThat(dated(BESLUT, null, null, null, later).lastClosing()).contains(later);
    assertThat(dated(BESLUT, null, later, null, later).lastClosing()).contains(later);
    assertThat(dated(BESLUT, null, null, null, null).lastClosing()).isEmpty();
  }

  @Test
  void insatsSpeaksSwedish() {
    assertThat(Insats.HEMTJANST.swedish()).isEqualTo("hemtjänst");
    assertThat(Insats.TRYGGHETSLARM.swedish()).isEqualTo("trygghetslarm");
  }

  private static Brukare brukare(boolean hemtjanst, boolean trygghetslarm) {
    return new Brukare(1, "194403052386", "Astrid Andersson", null, 2, null, null, hemtjanst, trygghetslarm,
        BESLUT, null, null, null, null);
  }

  private static Brukare dated(LocalDate beslut, LocalDate hemtjanstStart, LocalDate hemtjanstEnd,
      LocalDate larmStart, LocalDate larmEnd) {
    return new Brukare(1, "194403052386", "Astrid Andersson", null, 2, null, null, true, true,
        beslut, hemtjanstStart, hemtjanstEnd, larmStart, larmEnd);
  }
}

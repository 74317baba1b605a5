package se.digitalalas.routine.sammanboende;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.Insats;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/** The rules of sammanboende's own beans that need no registry: the verkställd insats, the kind, the note. */
class SammanboendeStepsTest {

  private static final LocalDate START = LocalDate.of(2026, 11, 1);

  @Test
  void anInsatsIsVerkstalldWhenItsVerkstallighetHasBegunAndIsNotClosed() {
    assertThat(VerkstalldInsats.of(brukare(true, false, START, null, null))).isTrue();
    assertThat(VerkstalldInsats.of(brukare(false, true, null, null, START))).isTrue();
    assertThat(VerkstalldInsats.of(brukare(true, true, null, null, null))).as("decided, not verkställd").isFalse();
    assertThat(VerkstalldInsats.of(brukare(true, false, START, START.plusDays(3), null))).as("closed").isFalse();
    assertThat(VerkstalldInsats.of(brukare(false, false, START, null, null))).as("no longer an insats").isFalse();
  }

  @Test
  void theVerksamhetsConfirmationVerkstallerTheInsatserTheBrukareHasAndHemtjanstForANewOne() {
    assertThat(VerkstalldInsatsRecorded.verkstallda(brukare(false, true, null, null, null)))
        .containsExactly(Insats.TRYGGHETSLARM);
    assertThat(VerkstalldInsatsRecorded.verkstallda(brukare(true, true, null, null, null)))
        .containsExactly(Insats.HEMTJANST, Insats.TRYGGHETSLARM);
    assertThat(VerkstalldInsatsRecorded.verkstallda(brukare(false, false, null, null, null)))
        .containsExactly(Insats.HEMTJANST);
  }

  @Test
  void theOrderIsOfOneOfTheTwoKinds() {
    assertThat(OrderKind.parse("samtidigt")).isEqualTo(OrderKind.SAMTIDIGT);
    assertThat(OrderKind.parse(" tillkommande ")).isEqualTo(OrderKind.TILLKOMMANDE);
    assertThatThrownBy(() -> OrderKind.parse(null)).isInstanceOf(Refusal.class).hasMessageStartingWith("Beställningstyp");
    assertThatThrownBy(() -> OrderKind.parse("SAMTIDIGT")).isInstanceOf(Refusal.class);
  }

  @Test
  void eachCohabitantsNoteNamesTheUnitTheOtherAndTheCase() {
    Lock lock = new Lock(1L, 2L, "PH-2003", Vendor.PHONIRO, LockStatus.INSTALLED, START, null, "N-103");

    assertThat(CohabitantsLinked.note(lock, brukare(true, false, START, null, null), "DL-2026-000850"))
        .isEqualTo("Sammanboende: knuten till hushållets digitala låsenhet (serienummer PH-2003) tillsammans med "
            + "Bo Ek. Välfärdsteknikteamet har kopplat i TES, uppdaterat inventarielistan och besvarat ärende "
            + "DL-2026-000850 i Lindesk.");
  }

  private static Brukare brukare(boolean hemtjanst, boolean trygghetslarm, LocalDate hemtjanstStart,
      LocalDate hemtjanstEnd, LocalDate larmStart) {
    return new Brukare(9L, "193812256638", "Bo Ek", null, 2L, null, null, hemtjanst, trygghetslarm, null,
        hemtjanstStart, hemtjanstEnd, larmStart, null);
  }
}

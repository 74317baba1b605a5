package se.digitalalas.registry.utforare;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;

/** The brukare's hemtjänst provider and the history of its changes (V8, byte av utförare). */
@RegistryTest
abstract class UtforareRegistryTest {

  private static final LocalDateTime NOW = RegistryTestClock.NOW;
  private static final String BERIT = "Berit Bistånd (berit)";

  @Autowired
  UtforareRegistry utforare;
  @Autowired
  BrukareRegistrar registrar;

  long astrid;
  long bertil;

  @BeforeEach
  void brukare() {
    astrid = registrar.register(TestBrukare.astrid());
    bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
  }

  @Test
  void aBrukareHasNoProviderUntilAChangeIsRegistered() {
    assertThat(utforare.current(astrid)).isEmpty();
    assertThat(utforare.history(astrid)).isEmpty();
  }

  @Test
  void theFirstChangeMakesTheNewProviderCurrentAndKeepsWhoItWasFrom() {
    utforare.change(astrid, "Hemtjänst Norra", "Omsorg Söder", BERIT);

    assertThat(utforare.current(astrid)).contains("Omsorg Söder");
    assertThat(utforare.history(astrid)).singleElement().satisfies(change -> {
      assertThat(change.brukareId()).isEqualTo(astrid);
      assertThat(change.fromUtforare()).isEqualTo("Hemtjänst Norra");
      assertThat(change.toUtforare()).isEqualTo("Omsorg Söder");
      assertThat(change.changedAt()).isEqualTo(NOW);
      assertThat(change.changedBy()).isEqualTo(BERIT);
    });
  }

  @Test
  void aLaterChangeReplacesTheProviderAndTheHistoryKeepsBoth() {
    utforare.change(astrid, "Hemtjänst Norra", "Omsorg Söder", BERIT);
    utforare.change(astrid, "Omsorg Söder", "Hemtjänst Norra", BERIT);

    assertThat(utforare.current(astrid)).contains("Hemtjänst Norra");
    assertThat(utforare.history(astrid)).extracting(UtforareChange::fromUtforare, UtforareChange::toUtforare)
        .containsExactly(tuple("Hemtjänst Norra", "Omsorg Söder"), tuple("Omsorg Söder", "Hemtjänst Norra"));
  }

  @Test
  void aChangeWithoutAKnownPreviousProviderIsKeptToo() {
    utforare.change(astrid, null, "Omsorg Söder", BERIT);

    assertThat(utforare.history(astrid)).singleElement()
        .satisfies(change -> assertThat(change.fromUtforare()).isNull());
  }

  @Test
  void eachBrukareHasItsOwnProvider() {
    utforare.change(astrid, "Hemtjänst Norra", "Omsorg Söder", BERIT);

    assertThat(utforare.current(bertil)).isEmpty();
    assertThat(utforare.history(bertil)).isEmpty();
  }

  @Test
  void aProviderLongerThanItsColumnIsRefusedByName() {
    assertThatThrownBy(() -> utforare.change(astrid, "Hemtjänst Norra", "x".repeat(201), BERIT))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt värde för ny utförare: högst 200 tecken");
    assertThat(utforare.current(astrid)).isEmpty();
  }
}

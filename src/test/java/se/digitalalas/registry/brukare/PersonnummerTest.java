package se.digitalalas.registry.brukare;

import static org.assertj.core.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;

class PersonnummerTest {

  private static final Clock FIRST_OF_DECEMBER_2026 =
      Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

  @Test
  void aBirthDateAfterTodayIsRefused() {
    assertThatThrownBy(() -> Personnummer.parse("20991212-1218", FIRST_OF_DECEMBER_2026))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt personnummer: födelsedatumet ligger i framtiden");
    assertThatThrownBy(() -> Personnummer.parse("20261202-1234", FIRST_OF_DECEMBER_2026))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt personnummer: födelsedatumet ligger i framtiden");
  }

  @Test
  void bornTodayOrEarlierIsAccepted() {
    assertThat(Personnummer.parse("20261201-1235", FIRST_OF_DECEMBER_2026).value()).isEqualTo("202612011235");
    assertThat(Personnummer.parse("850709-9805", FIRST_OF_DECEMBER_2026).value()).isEqualTo("198507099805");
  }

  @Test
  void theBirthDateOfASamordningsnummerIsTheDayLessSixty() {
    assertThat(Personnummer.parse("701063-2391").birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
    assertThat(Personnummer.parse("198507099805").birthDate()).isEqualTo(LocalDate.of(1985, 7, 9));
  }

  @Test
  void twelveDigitsAreKept() {
    assertThat(Personnummer.parse("198507099805").value()).isEqualTo("198507099805");
  }

  @Test
  void tenDigitsWithHyphenGetTheirCentury() {
    assertThat(Personnummer.parse("850709-9805").value()).isEqualTo("198507099805");
    assertThat(Personnummer.parse("8507099805").value()).isEqualTo("198507099805");
  }

  @Test
  void plusMeansOverHundredYears() {
    assertThat(Personnummer.parse("121212+1212").value()).isEqualTo("191212121212");
  }

  @Test
  void twelveDigitsMayCarryAHyphen() {
    assertThat(Personnummer.parse(" 19121212-1212 ").value()).isEqualTo("191212121212");
  }

  @Test
  void samordningsnummerIsAccepted() {
    assertThat(Personnummer.parse("701063-2391").value()).isEqualTo("197010632391");
  }

  @Test
  void wrongControlDigitIsRefusedInSwedish() {
    assertThatThrownBy(() -> Personnummer.parse("198507099804"))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Ogiltigt personnummer: ")
        .hasMessageContaining("kontrollsiffran");
  }

  @Test
  void wrongLengthIsRefusedInSwedish() {
    assertThatThrownBy(() -> Personnummer.parse("12345"))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt personnummer: ange 10 eller 12 siffror, t.ex. 19121212-1212 "
            + "eller 121212-1212");
  }

  @Test
  void lettersAreRefused() {
    assertThatThrownBy(() -> Personnummer.parse("19850709T805")).isInstanceOf(Refusal.class);
  }

  @Test
  void missingIsRefused() {
    assertThatThrownBy(() -> Personnummer.parse(" "))
        .isInstanceOf(Refusal.class)
        .hasMessage("Ogiltigt personnummer: personnummer saknas");
  }

  @Test
  void formattedForPeople() {
    assertThat(Personnummer.parse("8507099805").formatted()).isEqualTo("19850709-9805");
  }
}

package se.digitalalas.registry.household;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;

@RegistryTest
abstract class HouseholdRegistryTest {

  @Autowired
  HouseholdRegistry households;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theSameAddressIsTheSameHouseholdHoweverWritten() {
    Household first = households.findOrCreate(Address.of("Storgatan 1", "123 45", "Storstad"));
    Household second = households.findOrCreate(Address.of(" storgatan   1 ", "12345", null));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(first.address()).isEqualTo("Storgatan 1");
    assertThat(first.postalCode()).isEqualTo("12345");
    assertThat(first.city()).isEqualTo("Storstad");
  }

  @Test
  void anotherPostalCodeIsAnotherHousehold() {
    Household first = households.findOrCreate(Address.of("Storgatan 1", "123 45", "Storstad"));
    Household second = households.findOrCreate(Address.of("Storgatan 1", "543 21", "Lillby"));

    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void kodlasIsUnknownUntilRecorded() {
    Household household = households.findOrCreate(Address.of("Storgatan 1", "123 45", null));
    assertThat(household.kodlas()).isNull();

    households.recordKodlas(household.id(), true);

    Household recorded = households.findById(household.id()).orElseThrow();
    assertThat(recorded.kodlas()).isTrue();
    assertThat(recorded.hasKnownKodlas()).isTrue();
    assertThat(recorded.kodlasRecordedAt()).isEqualTo(RegistryTestClock.NOW);
  }

  @Test
  void portkodIsKept() {
    Household household = households.findOrCreate(Address.of("Storgatan 1", "123 45", null));

    households.updatePortkod(household.id(), "4711");

    assertThat(households.findById(household.id()).orElseThrow().portkod()).isEqualTo("4711");
  }

  @Test
  void kodlasWithoutWhenIsImpossible() {
    Household household = households.findOrCreate(Address.of("Storgatan 1", "123 45", null));

    assertThatThrownBy(() -> jdbc.sql("update household set kodlas = true where id = :id")
        .param("id", household.id()).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void addressIsRequiredAndPostalCodeHasFiveDigits() {
    assertThatThrownBy(() -> Address.of(" ", "12345", null))
        .isInstanceOf(Refusal.class).hasMessage("Adress saknas");
    assertThatThrownBy(() -> Address.of("Storgatan 1", "1234", null))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt postnummer");
  }
}

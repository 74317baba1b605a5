package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;

/** registeredBrukare: the start of processes 2 and 4, which begin with only a personnummer. */
class RegisteredBrukareTest {

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);
  private final CaseReferences references = mock(CaseReferences.class);
  private final RegisteredBrukare listener = new RegisteredBrukare(brukare, households, references,
      StepFixtures.CLOCK);

  @BeforeEach
  void astridIsRegistered() {
    when(brukare.findByPersonnummer(new Personnummer("194403052386"))).thenReturn(Optional.of(StepFixtures.astrid()));
    when(households.findById(StepFixtures.HOUSEHOLD_ID)).thenReturn(Optional.of(StepFixtures.household(false)));
    when(references.next()).thenReturn(new CaseReference("DL-2026-000042"));
  }

  @Test
  void continuesWithTheRegisteredBrukare() {
    DelegateExecution execution = startedWith("440305-2386");

    listener.notify(execution);

    assertThat(execution.getVariable(PERSONNUMMER.name())).isEqualTo("194403052386");
    assertThat(execution.getVariable(BRUKARE_ID.name())).isEqualTo(StepFixtures.BRUKARE_ID);
    assertThat(execution.getVariable(NAMN.name())).isEqualTo("Astrid Andersson");
    assertThat(execution.getVariable(ADRESS.name())).isEqualTo("Storgatan 1");
    assertThat(execution.getVariable(POSTNUMMER.name())).as("as people write it").isEqualTo("123 45");
    assertThat(execution.getVariable(ORT.name())).isEqualTo("Storstad");
    assertThat(execution.getVariable(TELEFON.name())).isEqualTo("070-1234567");
    assertThat(execution.getVariable(PORTKOD.name())).isEqualTo("1234");
    assertThat(execution.getVariable(INSATS_HEMTJANST.name())).isEqualTo(true);
    assertThat(execution.getVariable(INSATS_TRYGGHETSLARM.name())).isEqualTo(true);
    verify(execution).setProcessBusinessKey("DL-2026-000042");
  }

  @Test
  void theInsatserAreTheRegistrysNotTheCallers() {
    Brukare onlyHemtjanst = new Brukare(StepFixtures.BRUKARE_ID, "194403052386", "Astrid Andersson", null,
        StepFixtures.HOUSEHOLD_ID, "Norra", null, true, false, LocalDate.of(2026, 11, 20), null, null, null, null);
    when(brukare.findByPersonnummer(any())).thenReturn(Optional.of(onlyHemtjanst));
    Map<String, Object> start = start("194403052386");
    start.put(INSATS_TRYGGHETSLARM.name(), true);
    start.put(BRUKARE_ID.name(), 99L);
    start.put(BRUKARENS_ALDER.name(), 12L);
    DelegateExecution execution = VariableScopes.execution(start);

    listener.notify(execution);

    assertThat(execution.getVariable(INSATS_HEMTJANST.name())).isEqualTo(true);
    assertThat(execution.getVariable(INSATS_TRYGGHETSLARM.name())).isEqualTo(false);
    assertThat(execution.getVariable(BRUKARE_ID.name())).isEqualTo(StepFixtures.BRUKARE_ID);
    assertThat(execution.getVariable(BRUKARENS_ALDER.name())).isEqualTo(82L);
  }

  @Test
  void withoutPhoneOrPortkodNeitherIsSet() {
    Brukare withoutPhone = new Brukare(StepFixtures.BRUKARE_ID, "194403052386", "Astrid Andersson", null,
        StepFixtures.HOUSEHOLD_ID, "Norra", null, true, true, null, null, null, null, null);
    when(brukare.findByPersonnummer(any())).thenReturn(Optional.of(withoutPhone));
    when(households.findById(StepFixtures.HOUSEHOLD_ID)).thenReturn(Optional.of(
        new Household(StepFixtures.HOUSEHOLD_ID, "Storgatan 1", "12345", "Storstad", null, null, null)));
    DelegateExecution execution = startedWith("194403052386");

    listener.notify(execution);

    assertThat(execution.hasVariable(TELEFON.name())).isFalse();
    assertThat(execution.hasVariable(PORTKOD.name())).isFalse();
  }

  @Test
  void anUnknownBrukareIsRefused() {
    when(brukare.findByPersonnummer(any())).thenReturn(Optional.empty());
    DelegateExecution execution = startedWith("194106219811");

    assertThatThrownBy(() -> listener.notify(execution))
        .isInstanceOf(Refusal.class)
        .hasMessage("Personnummer: brukaren finns inte i registret. Kontrollera personnumret");
    verify(execution, never()).setVariable(eq(BRUKARE_ID.name()), any());
    verifyNoInteractions(households);
  }

  @Test
  void aMalformedPersonnummerIsRefusedBeforeTheRegistryIsAsked() {
    assertThatThrownBy(() -> listener.notify(startedWith("440305-2387")))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Ogiltigt personnummer: ");
    assertThatThrownBy(() -> listener.notify(startedWith(null)))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt personnummer: personnummer saknas");
    assertThatThrownBy(() -> listener.notify(startedWith("20991212-1218")))
        .isInstanceOf(Refusal.class).hasMessage("Ogiltigt personnummer: födelsedatumet ligger i framtiden");
    verifyNoInteractions(brukare, households);
  }

  @Test
  void theAgeIsInWholeYearsFromThePersonnummerAndTheClock() {
    // StepFixtures.CLOCK: 2026-11-23
    assertThat(ageOf(TestPersonnummer.born(LocalDate.of(1944, 3, 5), 238))).isEqualTo(82L);
    assertThat(ageOf(TestPersonnummer.born(LocalDate.of(1961, 11, 23), 111))).as("65 today").isEqualTo(65L);
    assertThat(ageOf(TestPersonnummer.born(LocalDate.of(1961, 11, 24), 111))).as("65 tomorrow").isEqualTo(64L);
    assertThat(ageOf(TestPersonnummer.born(LocalDate.of(1961, 11, 22), 111))).as("65 yesterday").isEqualTo(65L);
  }

  @Test
  void aSamordningsnummerGivesTheAgeFromTheRealBirthDay() {
    assertThat(ageOf(TestPersonnummer.samordningsnummer(LocalDate.of(1961, 11, 23), 111))).isEqualTo(65L);
    assertThat(ageOf(TestPersonnummer.samordningsnummer(LocalDate.of(1961, 11, 24), 111))).isEqualTo(64L);
  }

  @Test
  void theAgeIsALong() {
    DelegateExecution execution = startedWith("194403052386");

    listener.notify(execution);

    assertThat(execution.getVariable(BRUKARENS_ALDER.name())).isInstanceOf(Long.class);
    assertThat(BRUKARENS_ALDER.from(execution)).contains(82L);
  }

  private long ageOf(String personnummer) {
    Brukare born = new Brukare(StepFixtures.BRUKARE_ID, personnummer, "Astrid Andersson", null,
        StepFixtures.HOUSEHOLD_ID, null, null, true, true, null, null, null, null, null);
    when(brukare.findByPersonnummer(new Personnummer(personnummer))).thenReturn(Optional.of(born));
    DelegateExecution execution = startedWith(personnummer);
    listener.notify(execution);
    return BRUKARENS_ALDER.from(execution).orElseThrow();
  }

  private static DelegateExecution startedWith(String personnummer) {
    return VariableScopes.execution(start(personnummer));
  }

  private static Map<String, Object> start(String personnummer) {
    Map<String, Object> start = new HashMap<>();
    if (personnummer != null) {
      start.put(PERSONNUMMER.name(), personnummer);
    }
    return start;
  }
}

package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;

/** existingLockCheck, kodlasCheck, standardNoteWriter, keyRegistration, nfcTagPutUp/TakenDown. */
class RegistryDelegatesTest {

  private static final long ID = MonteringFixtures.BRUKARE_ID;

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);

  @BeforeEach
  void astrid() {
    when(brukare.require(ID)).thenReturn(MonteringFixtures.astrid());
  }

  @Nested
  class ExistingLockCheckTest {

    private final LockRegistry locks = mock(LockRegistry.class);
    private final ExistingLockCheck check = new ExistingLockCheck(brukare, locks);

    @Test
    void lasFinnsWhenTheHouseholdHasAnInstalledLock() throws Exception {
      when(locks.hasInstalledLock(MonteringFixtures.HOUSEHOLD_ID)).thenReturn(true);
      DelegateExecution execution = VariableScopes.execution(Map.of("brukareId", ID));

      check.execute(execution);

      assertThat(execution.getVariable("lasFinns")).isEqualTo(true);
    }

    @Test
    void noLockOtherwise() throws Exception {
      DelegateExecution execution = VariableScopes.execution(Map.of("brukareId", ID));

      check.execute(execution);

      assertThat(execution.getVariable("lasFinns")).isEqualTo(false);
    }
  }

  @Nested
  class KodlasCheckTest {

    private final KodlasCheck check = new KodlasCheck(brukare, households);

    @Test
    void aKnownKodlasNeedsNoQuestion() throws Exception {
      when(households.findById(MonteringFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(MonteringFixtures.household(true)));
      DelegateExecution execution = VariableScopes.execution(Map.of("brukareId", ID));

      check.execute(execution);

      assertThat(execution.getVariable("harKodlas")).isEqualTo(true);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }

    @Test
    void unknownBeforeTheQuestionIsFalse() throws Exception {
      when(households.findById(MonteringFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(MonteringFixtures.household(null)));
      DelegateExecution execution = VariableScopes.execution(Map.of("brukareId", ID));

      check.execute(execution);

      assertThat(execution.getVariable("harKodlas")).isEqualTo(false);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }

    @Test
    void theAnswerIsStoredOnTheDoor() throws Exception {
      when(households.findById(MonteringFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(MonteringFixtures.household(false)));
      DelegateExecution execution =
          VariableScopes.execution(Map.of("brukareId", ID, "harKodlas", true));

      check.execute(execution);

      verify(households).recordKodlas(MonteringFixtures.HOUSEHOLD_ID, true);
      assertThat(execution.getVariable("harKodlas")).isEqualTo(true);
    }

    @Test
    void noKodlasIsStoredToo() throws Exception {
      when(households.findById(MonteringFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(MonteringFixtures.household(null)));

      check.execute(VariableScopes.execution(Map.of("brukareId", ID, "harKodlas", false)));

      verify(households).recordKodlas(MonteringFixtures.HOUSEHOLD_ID, false);
    }
  }

  @Nested
  class StandardNoteWriterTest {

    private final NoteRegistry notes = mock(NoteRegistry.class);
    private final StandardNoteWriter writer = new StandardNoteWriter(notes);

    @Test
    void writesTheExactStandardTextOnce() throws Exception {
      writer.execute(VariableScopes.execution(Map.of("brukareId", ID, "standardtext", "KODLAS")));
      writer.execute(VariableScopes.execution(Map.of("brukareId", ID, "standardtext", "OPPNAR_SJALV")));
      writer.execute(VariableScopes.execution(
          Map.of("brukareId", ID, "standardtext", "OVERENSKOMMET_INGET_LAS")));

      verify(notes).writeOnce(ID, "Har kodlås på ytterdörr. Digitalt lås kan inte installeras.",
          "Processen Montering av digitalt lås – biståndsbedömda insatser");
      verify(notes).writeOnce(eq(ID),
          eq("Öppnar dörren själv vid hemtjänstinsatser. Har inget digitalt lås."), anyString());
      verify(notes).writeOnce(eq(ID), eq(
          "Överenskommet med biståndshandläggare att digitalt lås inte ska installeras."), anyString());
    }

    @Test
    void anUnknownStandardTextIsAModellingError() {
      assertThatThrownBy(() -> writer.execute(
          VariableScopes.execution(Map.of("brukareId", ID, "standardtext", "OKAND"))))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class KeyRegistrationTest {

    private final KeyRegistry keys = mock(KeyRegistry.class);
    private final KeyRegistration registration = new KeyRegistration(keys);

    @Test
    void registersHemtjanstsSet() throws Exception {
      registration.execute(VariableScopes.execution(Map.of("brukareId", ID, "nyckelnummer", "H-12")));

      verify(keys).register(ID, "H-12", KeyHolder.HEMTJANST);
      verifyNoMoreInteractions(keys);
    }

    @Test
    void andTheLarmgruppsSetWhenGiven() throws Exception {
      registration.execute(VariableScopes.execution(
          Map.of("brukareId", ID, "nyckelnummer", "H-12", "nyckelnummerLarmgrupp", "L-7")));

      verify(keys).register(ID, "H-12", KeyHolder.HEMTJANST);
      verify(keys).register(ID, "L-7", KeyHolder.LARMGRUPP);
    }

    @Test
    void missingNyckelnummerIsRefused() {
      assertThatThrownBy(() -> registration.execute(
          VariableScopes.execution(Map.of("brukareId", ID, "nyckelnummer", " "))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Nyckelnummer saknas för de fysiska nycklarna");
      verifyNoInteractions(keys);
    }
  }

  @Nested
  class NfcTagTest {

    private final NfcTagRegistry nfcTags = mock(NfcTagRegistry.class);

    @Test
    void putUpNow() throws Exception {
      new NfcTagPutUp(nfcTags, MonteringFixtures.CLOCK)
          .execute(VariableScopes.execution(Map.of("brukareId", ID, "nfcEtikettUppsatt", true)));

      verify(nfcTags).putUp(ID, MonteringFixtures.NOW);
    }

    @Test
    void notPutUpIsRefused() {
      assertThatThrownBy(() -> new NfcTagPutUp(nfcTags, MonteringFixtures.CLOCK)
          .execute(VariableScopes.execution(Map.of("brukareId", ID, "nfcEtikettUppsatt", false))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Sätt upp NFC-etiketten och bekräfta det innan uppgiften slutförs");

      verifyNoInteractions(nfcTags);
    }

    @Test
    void takenDownNow() throws Exception {
      new NfcTagTakenDown(nfcTags, MonteringFixtures.CLOCK)
          .execute(VariableScopes.execution(Map.of("brukareId", ID)));

      verify(nfcTags).takeDown(ID, MonteringFixtures.NOW);
    }

    @Test
    void notTakenDownIsRefused() {
      assertThatThrownBy(() -> new NfcTagTakenDown(nfcTags, MonteringFixtures.CLOCK)
          .execute(VariableScopes.execution(Map.of("brukareId", ID, "nfcEtikettNedtagen", false))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Ta ned NFC-etiketten och bekräfta det innan uppgiften slutförs");

      verifyNoInteractions(nfcTags);
    }
  }
}

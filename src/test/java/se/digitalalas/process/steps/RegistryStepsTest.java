package se.digitalalas.process.steps;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/** existingLockCheck, kodlasLookup, kodlasAnswer, standardNoteWriter, keyRegistration, nfcTagPutUp/TakenDown. */
class RegistryStepsTest {

  private static final long ID = StepFixtures.BRUKARE_ID;

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);
  private final BrukareAccess access = mock(BrukareAccess.class);

  @BeforeEach
  void astrid() {
    when(brukare.require(ID)).thenReturn(StepFixtures.astrid());
  }

  @Nested
  class ExistingLockCheckTest {

    private final LockRegistry locks = mock(LockRegistry.class);
    private final ExistingLockCheck check = new ExistingLockCheck(brukare, locks);

    @Test
    void lasFinnsWhenTheHouseholdHasAnInstalledLock() throws Exception {
      when(locks.hasInstalledLock(StepFixtures.HOUSEHOLD_ID)).thenReturn(true);
      DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

      check.execute(execution);

      assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(true);
    }

    @Test
    void noLockOtherwise() throws Exception {
      DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

      check.execute(execution);

      assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(false);
    }
  }

  @Nested
  class KodlasLookupTest {

    private final KodlasLookup lookup = new KodlasLookup(brukare, households);

    @Test
    void aKnownKodlasNeedsNoQuestion() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(true)));
      DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

      lookup.execute(execution);

      assertThat(execution.getVariable(HAR_KODLAS.name())).isEqualTo(true);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }

    @Test
    void unknownBeforeTheQuestionIsFalse() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(null)));
      DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));

      lookup.execute(execution);

      assertThat(execution.getVariable(HAR_KODLAS.name())).isEqualTo(false);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }

    @Test
    void aCallersAnswerBeforeTheQuestionIsNotTakenForTheRegistrysKnowledge() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(null)));
      DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, HAR_KODLAS.name(), true));

      lookup.execute(execution);

      assertThat(execution.getVariable(HAR_KODLAS.name())).isEqualTo(false);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }
  }

  @Nested
  class KodlasAnswerTest {

    private final KodlasAnswer answer = new KodlasAnswer(brukare, households, access);

    @Test
    void theAnswerIsStoredOnTheDoor() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(false)));
      DelegateExecution execution =
          VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, HAR_KODLAS.name(), true));

      answer.execute(execution);

      verify(households).recordKodlas(StepFixtures.HOUSEHOLD_ID, true);
      verify(access).changed(ID, "Registrerade svar om kodlås på ytterdörren", AccessChannel.DELEGATE);
      assertThat(execution.getVariable(HAR_KODLAS.name())).isEqualTo(true);
    }

    @Test
    void noKodlasIsStoredToo() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(null)));

      answer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, HAR_KODLAS.name(), false)));

      verify(households).recordKodlas(StepFixtures.HOUSEHOLD_ID, false);
    }

    @Test
    void aDoorKnownToHaveAKodlasKeepsIt() throws Exception {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(true)));
      DelegateExecution execution =
          VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, HAR_KODLAS.name(), false));

      answer.execute(execution);

      assertThat(execution.getVariable(HAR_KODLAS.name())).isEqualTo(true);
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
      verifyNoInteractions(access);
    }

    @Test
    void noAnswerIsRefused() {
      when(households.findById(StepFixtures.HOUSEHOLD_ID))
          .thenReturn(Optional.of(StepFixtures.household(null)));

      assertThatThrownBy(() -> answer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID))))
          .isInstanceOf(Refusal.class).hasMessage("Svara på om ytterdörren har kodlås");
      verify(households, never()).recordKodlas(anyLong(), anyBoolean());
    }
  }

  @Nested
  class StandardNoteWriterTest {

    private final NoteRegistry notes = mock(NoteRegistry.class);
    private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
    private final StandardNoteWriter writer = new StandardNoteWriter(notes, definitions, access);

    @BeforeEach
    void runningInRoutine1() {
      when(definitions.name(any())).thenReturn("Montering av digitalt lås – biståndsbedömda insatser");
      when(notes.writeOnce(anyLong(), anyString(), anyString())).thenReturn(true);
    }

    @Test
    void writesTheExactStandardTextOnce() throws Exception {
      writer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, "standardtext", "KODLAS")));
      writer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, "standardtext", "OPPNAR_SJALV")));
      writer.execute(VariableScopes.execution(
          Map.of(BRUKARE_ID.name(), ID, "standardtext", "OVERENSKOMMET_INGET_LAS")));

      verify(notes).writeOnce(ID, "Har kodlås på ytterdörr. Digitalt lås kan inte installeras.",
          "Processen Montering av digitalt lås – biståndsbedömda insatser");
      verify(notes).writeOnce(eq(ID),
          eq("Öppnar dörren själv vid hemtjänstinsatser. Har inget digitalt lås."), anyString());
      verify(notes).writeOnce(eq(ID), eq(
          "Överenskommet med biståndshandläggare att digitalt lås inte ska installeras."), anyString());
      verify(access, times(3)).changed(ID, "Skrev anteckning", AccessChannel.DELEGATE);
    }

    @Test
    void aNoteTheBrukareAlreadyHasIsNoChange() throws Exception {
      when(notes.writeOnce(anyLong(), anyString(), anyString())).thenReturn(false);

      writer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, "standardtext", "KODLAS")));

      verifyNoInteractions(access);
    }

    @Test
    void theAuthorIsTheRunningProcess() throws Exception {
      when(definitions.name(any())).thenReturn("Montering av digitalt lås – trygghetslarm");

      writer.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, "standardtext", "KODLAS")));

      verify(notes).writeOnce(ID, "Har kodlås på ytterdörr. Digitalt lås kan inte installeras.",
          "Processen Montering av digitalt lås – trygghetslarm");
    }

    @Test
    void anUnknownStandardTextIsAModellingError() {
      assertThatThrownBy(() -> writer.execute(
          VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, "standardtext", "OKAND"))))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class KeyRegistrationTest {

    private final KeyRegistry keys = mock(KeyRegistry.class);
    private final KeyRegistration registration = new KeyRegistration(keys, access);

    @Test
    void registersHemtjanstsSet() throws Exception {
      registration.execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NYCKELNUMMER.name(), "H-12")));

      verify(keys).register(ID, "H-12", KeyHolder.HEMTJANST);
      verifyNoMoreInteractions(keys);
    }

    @Test
    void andTheLarmgruppsSetWhenGiven() throws Exception {
      registration.execute(VariableScopes.execution(
          Map.of(BRUKARE_ID.name(), ID, NYCKELNUMMER.name(), "H-12", NYCKELNUMMER_LARMGRUPP.name(), "L-7")));

      verify(keys).register(ID, "H-12", KeyHolder.HEMTJANST);
      verify(keys).register(ID, "L-7", KeyHolder.LARMGRUPP);
      verify(access).changed(ID, "Registrerade fysiska nycklar", AccessChannel.DELEGATE);
    }

    @Test
    void theModelMayNameTheLarmgruppAsHolder() throws Exception {
      registration.execute(VariableScopes.execution(
          Map.of(BRUKARE_ID.name(), ID, NYCKELNUMMER.name(), "L-9", "nyckelinnehavare", "LARMGRUPP")));

      verify(keys).register(ID, "L-9", KeyHolder.LARMGRUPP);
      verifyNoMoreInteractions(keys);
    }

    @Test
    void missingNyckelnummerIsRefused() {
      assertThatThrownBy(() -> registration.execute(
          VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NYCKELNUMMER.name(), " "))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Nyckelnummer saknas för de fysiska nycklarna");
      verifyNoInteractions(keys, access);
    }
  }

  @Nested
  class NfcTagTest {

    private final NfcTagRegistry nfcTags = mock(NfcTagRegistry.class);

    @Test
    void putUpNow() throws Exception {
      new NfcTagPutUp(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NFC_ETIKETT_UPPSATT.name(), true)));

      verify(nfcTags).putUp(ID, StepFixtures.NOW);
      verify(access).changed(ID, "Registrerade uppsatt NFC-etikett", AccessChannel.DELEGATE);
    }

    @Test
    void notPutUpIsRefused() {
      assertThatThrownBy(() -> new NfcTagPutUp(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NFC_ETIKETT_UPPSATT.name(), false))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Sätt upp NFC-etiketten och bekräfta det innan uppgiften slutförs");

      verifyNoInteractions(nfcTags);
    }

    @Test
    void takenDownNow() throws Exception {
      new NfcTagTakenDown(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NFC_ETIKETT_NEDTAGEN.name(), true)));

      verify(nfcTags).takeDown(ID, StepFixtures.NOW);
      verify(access).changed(ID, "Registrerade nedtagen NFC-etikett", AccessChannel.DELEGATE);
    }

    @Test
    void anAbsentConfirmationIsNoConfirmation() {
      assertThatThrownBy(() -> new NfcTagPutUp(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID))))
          .isInstanceOf(Refusal.class);
      assertThatThrownBy(() -> new NfcTagTakenDown(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID))))
          .isInstanceOf(Refusal.class);

      verifyNoInteractions(nfcTags);
    }

    @Test
    void notTakenDownIsRefused() {
      assertThatThrownBy(() -> new NfcTagTakenDown(nfcTags, StepFixtures.CLOCK, access)
          .execute(VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID, NFC_ETIKETT_NEDTAGEN.name(), false))))
          .isInstanceOf(Refusal.class)
          .hasMessage("Ta ned NFC-etiketten och bekräfta det innan uppgiften slutförs");

      verifyNoInteractions(nfcTags);
    }
  }
}

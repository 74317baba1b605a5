package se.digitalalas.routine.lasvredavslut;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.process.variables.VariableScopes.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.phoniro.PhoniroWebOrderForm;
import se.digitalalas.outbound.phoniro.PhoniroWebOrders;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.PhoniroWebOrdering;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/** The beans of lasvred-avslut: the start check, the note, the web order and the removal. */
class LasvredAvslutStepsTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 15).atZone(ZONE).toInstant(), ZONE);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final long KUND = 7L;
  private static final long HOUSEHOLD = 3L;
  private static final String AUTHOR = "Processen Avslut av kund – låsvred (Phoniro)";
  private static final String CASE = "DL-2026-000123";
  private static final Lock LASVRED = new Lock(11L, HOUSEHOLD, "PH-1001", Vendor.PHONIRO, LockStatus.INSTALLED,
      LocalDate.of(2026, 3, 2), null, "N-17");

  private final LockRegistry locks = mock(LockRegistry.class);
  private final NfcTagRegistry nfcTags = mock(NfcTagRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final BrukareAccess access = mock(BrukareAccess.class);

  // lasvredAvslutRequest

  @Test
  void aKundWithAPhoniroLasvredMayHaveItRemovedAndTheCaseKnowsItsSerialNumberAndTheKvittensprodukt() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(LASVRED));
    when(nfcTags.hasTagUp(KUND)).thenReturn(true);

    DelegateExecution execution = request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), false));

    assertThat(execution.getVariable(TRYGGHETSLARM_KVAR.name())).isEqualTo(false);
    assertThat(execution.getVariable(SERIENUMMER.name())).isEqualTo("PH-1001");
    assertThat(execution.getVariable(HAR_KVITTENSPRODUKT.name())).isEqualTo(true);
  }

  @Test
  void withoutAKvittensproduktNoneIsAskedFor() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(LASVRED));

    DelegateExecution execution = request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), false));

    assertThat(execution.getVariable(HAR_KVITTENSPRODUKT.name())).isEqualTo(false);
  }

  @Test
  void aRemovalWithoutAPhoniroLasvredIsRefusedNamingIt() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), false)))
        .isInstanceOf(Refusal.class).hasMessageContaining("inget låsvred från Phoniro kopplat i registret");
  }

  @Test
  void aTunstallLockOrAnOrderedOneIsNoPhoniroLasvredToRemove() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(new Lock(12L, HOUSEHOLD, "TS-1", Vendor.TUNSTALL,
        LockStatus.INSTALLED, TODAY, null, null)));
    assertThatThrownBy(() -> request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), false)))
        .isInstanceOf(Refusal.class).hasMessageContaining("låsvred från Phoniro");

    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(new Lock(13L, HOUSEHOLD, null, Vendor.PHONIRO,
        LockStatus.ORDERED, null, null, null)));
    assertThatThrownBy(() -> request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), false)))
        .isInstanceOf(Refusal.class).hasMessageContaining("låsvred från Phoniro");
  }

  @Test
  void whenTheTrygghetslarmStaysNoLasvredIsNeeded() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.empty());

    DelegateExecution execution = request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), true));

    assertThat(execution.getVariable(TRYGGHETSLARM_KVAR.name())).isEqualTo(true);
    assertThat(execution.getVariable(SERIENUMMER.name())).isNull();
  }

  @Test
  void theTrygghetslarmQuestionMustBeAnswered() {
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(LASVRED));

    assertThatThrownBy(() -> request(Map.of(BRUKARE_ID.name(), KUND)))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Trygghetslarmet är kvar: svara ja eller nej");
    assertThatThrownBy(() -> request(Map.of(BRUKARE_ID.name(), KUND, TRYGGHETSLARM_KVAR.name(), "kanske")))
        .isInstanceOf(Refusal.class);
  }

  // lasvredStaysNote

  @Test
  void theNoteSaysTheLasvredStaysAndIsLogged() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);

    new LasvredStaysNote(notes, definitions, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND)));

    verify(notes).write(KUND, "Avslut av kund med trygghetslarmet kvar: låsvredet sitter kvar. "
        + "Utföraren är informerad om att låsvredet inte ska nedmonteras.", AUTHOR);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
  }

  // avinstallationWebOrder

  @Test
  void theWebOrderOfTheRemovalIsFilledInFromTheRegistryAndSignedByTheProvider() throws Exception {
    BrukareRegistry brukare = mock(BrukareRegistry.class);
    HouseholdRegistry households = mock(HouseholdRegistry.class);
    UtforareRegistry utforare = mock(UtforareRegistry.class);
    PhoniroWebOrders orders = mock(PhoniroWebOrders.class);
    CompletingStaff staff = mock(CompletingStaff.class);
    when(brukare.require(KUND)).thenReturn(new Brukare(KUND, "195001010001", "Kerstin Kund", "070-111 11 11",
        HOUSEHOLD, null, null, true, false, null, null, null, null, null));
    when(households.findById(HOUSEHOLD)).thenReturn(Optional.of(
        new Household(HOUSEHOLD, "Lärkvägen 4", "12345", "Småstad", "1234", false, null)));
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(LASVRED));
    when(utforare.current(KUND)).thenReturn(Optional.of("Hemtjänst Norra"));
    when(staff.signature()).thenReturn("Hanna Berg (hanna)");
    DelegateExecution execution = execution(Map.of(BRUKARE_ID.name(), KUND));
    when(execution.getProcessBusinessKey()).thenReturn(CASE);

    new AvinstallationWebOrder(brukare, locks,
        new PhoniroWebOrdering(households, utforare, orders, staff, CLOCK, access)).execute(execution);

    ArgumentCaptor<PhoniroWebOrderForm> form = ArgumentCaptor.forClass(PhoniroWebOrderForm.class);
    verify(orders).order(eq(KUND), form.capture());
    assertThat(form.getValue()).isEqualTo(new PhoniroWebOrderForm(WebOrderKind.AVINSTALLATION,
        new CaseReference(CASE), "Kerstin Kund", "195001010001", "Lärkvägen 4",
        "12345", "Småstad", "070-111 11 11", "1234", "Hemtjänst Norra", "N-17", "PH-1001", "Hanna Berg (hanna)", TODAY));
    verify(access).changed(KUND, "Lade meddelande i utkorgen", AccessChannel.DELEGATE);
    verify(locks, never()).remove(anyLong(), any());
  }

  // lasvredRemoval

  @Test
  void theLasvredIsRemovedTodayWithANote() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.of(LASVRED));

    new LasvredRemoval(locks, notes, definitions, CLOCK, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND)));

    verify(locks).remove(LASVRED.id(), TODAY);
    verify(notes).write(KUND, "Låsvred (serienummer PH-1001) avinstallerat av Phoniro, kopplingen till kunden "
        + "borttagen 2026-11-23.", AUTHOR);
    verify(access).changed(KUND, "Registrerade nedmonterat lås", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void aLasvredAlreadyTakenDownByACohabitantsRoutineIsOnlyNoted() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    when(locks.lockLinkedTo(KUND)).thenReturn(Optional.empty());

    new LasvredRemoval(locks, notes, definitions, CLOCK, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND)));

    verify(locks, never()).remove(anyLong(), any());
    verify(notes).write(KUND, "Hushållets låsvred var redan avinstallerat. Kopplingen till kunden borttagen 2026-11-23.",
        AUTHOR);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  private DelegateExecution request(Map<String, ?> variables) {
    DelegateExecution execution = execution(new HashMap<>(variables));
    new LasvredAvslutRequest(locks, nfcTags).notify(execution);
    return execution;
  }
}

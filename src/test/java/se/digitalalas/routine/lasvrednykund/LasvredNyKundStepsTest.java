package se.digitalalas.routine.lasvrednykund;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.billing.BillingBases;
import se.digitalalas.outbound.billing.BillingBasisForm;
import se.digitalalas.outbound.phoniro.PhoniroWebOrderForm;
import se.digitalalas.outbound.phoniro.PhoniroWebOrders;
import se.digitalalas.outbound.phoniro.WebOrderKind;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.PhoniroWebOrdering;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;

/** The routine's own steps: the order's checks, the utförare, the web order, Phoniro's message, billing, follow-up. */
class LasvredNyKundStepsTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 15);
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
  private static final long KUND = 7L;
  private static final long HOUSEHOLD = 3L;
  private static final String AUTHOR = "Processen Ny kund – låsvred från Phoniro";

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);
  private final LockRegistry locks = mock(LockRegistry.class);
  private final UtforareRegistry utforare = mock(UtforareRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final CompletingStaff hanna = mock(CompletingStaff.class);
  private final BrukareAccess access = mock(BrukareAccess.class);

  @Test
  void anOrderNamesTheProviderAndACustomerFromAnotherMunicipalityItsHemkommun() {
    DelegateExecution own = execution(Map.of(UTFORARE.name(), " Hemtjänst Norr AB "));
    new LasvredCustomerOrder(CLOCK).notify(own);
    assertThat(ANNAN_KOMMUN.answer(own)).contains(false);
    assertThat(UTFORARE.orNull(own)).isEqualTo("Hemtjänst Norr AB");

    assertThatThrownBy(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of(UTFORARE.name(), "Norr",
        ANNAN_KOMMUN.name(), true)))).isInstanceOf(Refusal.class).hasMessageStartingWith("Hemkommun saknas");
    assertThatThrownBy(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of())))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Utförare saknas");
    assertThatThrownBy(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of(UTFORARE.name(), "x".repeat(201)))))
        .isInstanceOf(Refusal.class).hasMessageContaining("utförare");
    DelegateExecution placed = execution(Map.of(UTFORARE.name(), "Norr", ANNAN_KOMMUN.name(), true,
        HEMKOMMUN.name(), "Danderyd"));
    new LasvredCustomerOrder(CLOCK).notify(placed);
    assertThat(ANNAN_KOMMUN.isConfirmed(placed)).isTrue();
  }

  @Test
  void aDecisionsEndDateComesAfterTheDecisionAndHasNotPassed() {
    assertThatCode(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of(UTFORARE.name(), "Norr",
        BESLUTSDATUM.name(), "2026-11-20", BESLUT_SLUTDATUM.name(), "2027-05-31")))).doesNotThrowAnyException();

    assertThatThrownBy(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of(UTFORARE.name(), "Norr",
        BESLUT_SLUTDATUM.name(), "2026-12-01")))).isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Beslutets slutdatum har redan passerat");
    assertThatThrownBy(() -> new LasvredCustomerOrder(CLOCK).notify(execution(Map.of(UTFORARE.name(), "Norr",
        BESLUTSDATUM.name(), "2027-01-10", BESLUT_SLUTDATUM.name(), "2027-01-10")))).isInstanceOf(Refusal.class)
        .hasMessage("Beslutets slutdatum ska vara efter beslutsdatum (2027-01-10)");
  }

  @Test
  void theProviderBecomesTheBrukaresUtforareSignedByWhoStartedAndTheSameOneChangesNothing() {
    when(hanna.signature()).thenReturn("Berit Lindqvist (berit)");
    when(utforare.current(KUND)).thenReturn(Optional.empty());

    new UtforareAssigned(utforare, hanna, access).notify(execution(Map.of(BRUKARE_ID.name(), KUND,
        UTFORARE.name(), "Hemtjänst Norr AB")));

    verify(utforare).change(KUND, null, "Hemtjänst Norr AB", "Berit Lindqvist (berit)");
    verify(access).changed(KUND, "Registrerade byte av utförare", AccessChannel.DELEGATE);

    when(utforare.current(KUND)).thenReturn(Optional.of("hemtjänst norr ab"));
    new UtforareAssigned(utforare, hanna, access).notify(execution(Map.of(BRUKARE_ID.name(), KUND,
        UTFORARE.name(), "Hemtjänst Norr AB")));
    verify(utforare, times(1)).change(anyLong(), any(), any(), any());
    verifyNoMoreInteractions(access);
  }

  @Test
  void theWebOrderIsRemindedTheMorningAfterTheFirstVisit() throws Exception {
    DelegateExecution execution = execution(Map.of(FORSTA_BESOK.name(), "2026-12-09"));

    new WebOrderReminder(CLOCK).execute(execution);

    assertThat(WEBBESTALLNING_PAMINNELSE.dateTime(execution, ZONE)).contains(LocalDateTime.of(2026, 12, 10, 8, 0));
    assertThatThrownBy(() -> new WebOrderReminder(CLOCK).execute(execution(Map.of())))
        .isInstanceOf(Refusal.class).hasMessage("Datum för första besöket saknas");
    assertThatThrownBy(() -> new WebOrderReminder(CLOCK).execute(execution(Map.of(FORSTA_BESOK.name(), "2028-01-01"))))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Datum för första besöket ska ligga inom ett år");
  }

  @Test
  void theWebOrderOrdersTheLasvredFromPhoniroFilledInFromTheRegistryAndSignedByTheProvider() throws Exception {
    PhoniroWebOrders orders = mock(PhoniroWebOrders.class);
    when(hanna.signature()).thenReturn("Hanna Berg (hanna)");
    when(brukare.require(KUND)).thenReturn(kund(null));
    when(households.findById(HOUSEHOLD)).thenReturn(Optional.of(household()));
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.empty());
    when(utforare.current(KUND)).thenReturn(Optional.of("Hemtjänst Norr AB"));
    DelegateExecution routine = execution(Map.of(BRUKARE_ID.name(), KUND, NYCKELNUMMER.name(), "N-55"));
    when(routine.getProcessBusinessKey()).thenReturn("DL-2026-000750");

    webOrder(orders).execute(routine);

    verify(locks).order(HOUSEHOLD, Vendor.PHONIRO);
    ArgumentCaptor<PhoniroWebOrderForm> form = ArgumentCaptor.forClass(PhoniroWebOrderForm.class);
    verify(orders).order(eq(KUND), form.capture());
    assertThat(form.getValue()).isEqualTo(new PhoniroWebOrderForm(WebOrderKind.INSTALLATION,
        new se.digitalalas.registry.casereference.CaseReference("DL-2026-000750"), "Greta Nilsson", "194403052386",
        "Kvarngatan 4", "18230", "Danderyd", "070-7654321", "4321", "Hemtjänst Norr AB", "N-55", null,
        "Hanna Berg (hanna)", NOW.toLocalDate()));
    verify(access).changed(KUND, "Registrerade beställt lås", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Lade meddelande i utkorgen", AccessChannel.DELEGATE);

    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.ORDERED, null)));
    webOrder(orders).execute(routine);
    verify(locks).order(HOUSEHOLD, Vendor.PHONIRO);
  }

  @Test
  void phonirosSerialNumberInstallsTheOrderedLasvredWithoutLinkingTheKund() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund(null));
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.ORDERED, null)));
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);

    installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "PH-100", NYCKELNUMMER.name(), "N-55")));

    verify(locks).install(HOUSEHOLD, new InstalledLock("PH-100", Vendor.PHONIRO, "N-55", NOW.toLocalDate()));
    verify(locks, never()).link(anyLong(), anyLong());
    verify(notes).write(KUND, "Låsvred från Phoniro monterat (serienummer PH-100) 2026-12-02.", AUTHOR);
    verify(access).changed(KUND, "Registrerade installerat lås", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
  }

  @Test
  void theSameSerialNumberAgainChangesNothingAndAnotherOrOneInstalledElsewhereIsRefused() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund(null));
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.INSTALLED, "PH-100")));

    installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "PH-100")));
    verify(locks, never()).install(anyLong(), any());
    verifyNoInteractions(notes, access);

    assertThatThrownBy(() -> installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "PH-999"))))
        .isInstanceOf(Refusal.class).hasMessageContaining("redan ett installerat digitalt lås med serienummer PH-100");
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.ORDERED, null)));
    when(locks.install(eq(HOUSEHOLD), any())).thenThrow(new DuplicateKeyException("active_serial_number"));
    assertThatThrownBy(() -> installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "PH-200"))))
        .isInstanceOf(Refusal.class).hasMessage("Serienummer PH-200 är redan installerat hos en annan brukare");
    assertThatThrownBy(() -> installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessage("Serienummer saknas");
  }

  @Test
  void theKundIsLinkedToTheInstalledLasvredOnlyWhenLinkedInPhoniroCare() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund(null));
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.INSTALLED, "PH-100")));
    when(locks.link(5L, KUND)).thenReturn(true);

    assertThatThrownBy(() -> new LasvredLink(brukare, locks, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Koppla kunden till låsvredet i Phoniro Care");
    verify(locks, never()).link(anyLong(), anyLong());

    new LasvredLink(brukare, locks, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND,
        KUND_KOPPLAD_TILL_LASVRED.name(), true)));
    verify(locks).link(5L, KUND);
    verify(access).changed(KUND, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
  }

  @Test
  void theBillingBasisGoesToSocialkontoretWithANoteWhyThereIsNoLasvred() throws Exception {
    BillingBases billing = mock(BillingBases.class);
    when(hanna.signature()).thenReturn("Hanna Berg (hanna)");
    when(brukare.require(KUND)).thenReturn(kund("Danderyd"));
    when(households.findById(HOUSEHOLD)).thenReturn(Optional.of(household()));
    when(utforare.current(KUND)).thenReturn(Optional.of("Hemtjänst Norr AB"));
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    DelegateExecution routine = execution(Map.of(BRUKARE_ID.name(), KUND, FAKTURERINGSRAD_LAGD.name(), true,
        FAKTURERINGSKOMMENTAR.name(), "Från 1 december", BESLUT_SLUTDATUM.name(), "2027-05-31"));
    when(routine.getProcessBusinessKey()).thenReturn("DL-2026-000751");
    BillingBasis basis = new BillingBasis(brukare, households, utforare, billing, notes, definitions, hanna, CLOCK, access);

    basis.execute(routine);

    ArgumentCaptor<BillingBasisForm> form = ArgumentCaptor.forClass(BillingBasisForm.class);
    verify(billing).send(eq(KUND), form.capture());
    assertThat(form.getValue().hemkommun()).isEqualTo("Danderyd");
    assertThat(form.getValue().utforare()).isEqualTo("Hemtjänst Norr AB");
    assertThat(form.getValue().beslutSlutdatum()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(form.getValue().kommentar()).isEqualTo("Från 1 december");
    assertThat(form.getValue().uppgiftslamnare()).isEqualTo("Hanna Berg (hanna)");
    verify(notes).write(KUND, "Uppdraget kommer från Danderyd: inget låsvred och ingen kvittensprodukt. Faktureras på"
        + " hemtjänstfakturan med egen rad; underlagsblankett skickad till socialkontoret.", AUTHOR);
    verify(access).changed(KUND, "Lade meddelande i utkorgen", AccessChannel.DELEGATE);

    assertThatThrownBy(() -> basis.execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Lägg kunden på en egen rad på hemtjänstfakturan");
    verifyNoMoreInteractions(billing);
  }

  @Test
  void theFollowUpIsRemindedAheadOfTheEndDateAtOnceWhenThatIsPastAndNotAtAllWithoutOne() throws Exception {
    DecisionFollowUpReminder reminder = new DecisionFollowUpReminder(new DecisionFollowUpProperties(Period.ofDays(30)), CLOCK);
    DelegateExecution later = execution(Map.of(BESLUT_SLUTDATUM.name(), "2027-05-31"));
    reminder.execute(later);
    assertThat(UPPFOLJNING_PAMINNELSE.dateTime(later, ZONE)).contains(LocalDateTime.of(2027, 5, 1, 8, 0));

    DelegateExecution soon = execution(Map.of(BESLUT_SLUTDATUM.name(), "2026-12-20"));
    reminder.execute(soon);
    assertThat(UPPFOLJNING_PAMINNELSE.dateTime(soon, ZONE)).contains(NOW);

    DelegateExecution tillsVidare = execution(Map.of());
    reminder.execute(tillsVidare);
    assertThat(tillsVidare.hasVariable(UPPFOLJNING_PAMINNELSE.name())).isTrue();
    assertThat(UPPFOLJNING_PAMINNELSE.dateTime(tillsVidare, ZONE)).isEmpty();

    assertThat(new DecisionFollowUpProperties(null).reminderAhead()).isEqualTo(Period.ofDays(30));
    assertThatThrownBy(() -> new DecisionFollowUpProperties(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFollowUpsOutcomeIsANoteWithTheComment() throws Exception {
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    DecisionFollowUp followUp = new DecisionFollowUp(notes, definitions, access);

    followUp.execute(execution(Map.of(BRUKARE_ID.name(), KUND, UPPFOLJNINGSBESLUT.name(), "NY_UTREDNING",
        UPPFOLJNINGSKOMMENTAR.name(), "Nytt beslut till 2027-11-30.")));

    verify(notes).write(KUND, "Uppföljning av beslut: ny utredning skriven och nytt beslut fördelat. Nytt beslut till"
        + " 2027-11-30.", AUTHOR);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
    assertThatThrownBy(() -> followUp.execute(execution(Map.of(BRUKARE_ID.name(), KUND, UPPFOLJNINGSBESLUT.name(), "KANSKE"))))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Uppföljningen: välj");
  }

  private LasvredWebOrder webOrder(PhoniroWebOrders orders) {
    return new LasvredWebOrder(brukare, new VendorLocks(locks, CLOCK, access),
        new PhoniroWebOrdering(households, utforare, orders, hanna, CLOCK, access));
  }

  private LasvredInstallation installation() {
    return new LasvredInstallation(brukare, new VendorLocks(locks, CLOCK, access), notes, definitions, CLOCK, access);
  }

  private static DelegateExecution execution(Map<String, ?> variables) {
    return VariableScopes.execution(new HashMap<>(variables));
  }

  private static Brukare kund(String hemkommun) {
    return new Brukare(KUND, "194403052386", "Greta Nilsson", "070-7654321", HOUSEHOLD, "Norra", hemkommun, true, false,
        LocalDate.of(2026, 11, 20), null, null, null, null);
  }

  private static Household household() {
    return new Household(HOUSEHOLD, "Kvarngatan 4", "18230", "Danderyd", "4321", null, null);
  }

  private static Lock lock(LockStatus status, String serial) {
    return new Lock(5L, HOUSEHOLD, serial, Vendor.PHONIRO, status, status == LockStatus.INSTALLED ? NOW.toLocalDate() : null,
        null, null);
  }
}

package se.digitalalas.routine.tunstallbestallning;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.outbound.tunstall.TunstallOrderForm;
import se.digitalalas.outbound.tunstall.TunstallOrders;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.process.deadlines.WorkingDays;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.steps.VendorLocks;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/** The routine's own steps: the kanal, the verkställighet, keys, Tunstall's installation, the låskvittens. */
class TunstallStepsTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 15); // a Friday
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
  private static final long KUND = 7L;
  private static final long HOUSEHOLD = 3L;
  private static final String AUTHOR = "Processen Beställning av digitalt lås – Tunstall";

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final LockRegistry locks = mock(LockRegistry.class);
  private final KeyRegistry keys = mock(KeyRegistry.class);
  private final NoteRegistry notes = mock(NoteRegistry.class);
  private final ReceiptRegistry receipts = mock(ReceiptRegistry.class);
  private final ProcessDefinitions definitions = mock(ProcessDefinitions.class);
  private final HouseholdRegistry households = mock(HouseholdRegistry.class);
  private final BrukareAccess access = mock(BrukareAccess.class);

  @Test
  void theKanalMustBeMyndighetOrKontaktcenter() {
    assertThatCode(() -> new TunstallApplication().notify(execution(Map.of(KANAL.name(), "MYNDIGHET"))))
        .doesNotThrowAnyException();
    assertThatCode(() -> new TunstallApplication().notify(execution(Map.of(KANAL.name(), "KONTAKTCENTER"))))
        .doesNotThrowAnyException();

    assertThatThrownBy(() -> new TunstallApplication().notify(execution(Map.of(KANAL.name(), "TELEFON"))))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Kanal: ange MYNDIGHET");
    assertThatThrownBy(() -> new TunstallApplication().notify(execution(Map.of())))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Kanal saknas");
  }

  @Test
  void theVerkstallighetStartsOnTheGivenDate() throws Exception {
    new VerkstallighetStart(brukare, CLOCK, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND,
        VERKSTALLIGHET_STARTDATUM.name(), "2026-12-07")));

    verify(brukare).recordVerkstallighetTrygghetslarm(KUND, LocalDate.of(2026, 12, 7), null);
    verify(access).changed(KUND, "Registrerade start av verkställigheten för trygghetslarm", AccessChannel.DELEGATE);
    assertThatThrownBy(() -> new VerkstallighetStart(brukare, CLOCK, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessage("Ange startdatum för verkställigheten");
  }

  @Test
  void aHandedOverKeyIsRegisteredWithItsPosition() throws Exception {
    when(keys.forBrukare(KUND)).thenReturn(List.of(
        new Key(11, KUND, "H-1", KeyHolder.HEMTJANST, KeyHolder.HEMTJANST, null, NOW, null)));

    new KeyPositionRegistration(keys, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND,
        FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "H-1", NYCKELPOSITION.name(), "Skåp 2, krok 4")));

    verify(keys).register(KUND, "H-1", KeyHolder.HEMTJANST);
    verify(keys).recordNyckelposition(11, "Skåp 2, krok 4");
    verify(access).changed(KUND, "Registrerade fysisk nyckel med nyckelposition", AccessChannel.DELEGATE);
  }

  @Test
  void withoutAKeyNothingIsRegisteredAndAKeyNeedsItsNumberAndPosition() throws Exception {
    new KeyPositionRegistration(keys, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND, FYSISKA_NYCKLAR_FINNS.name(), false)));
    verifyNoInteractions(keys, access);

    assertThatThrownBy(() -> new KeyPositionRegistration(keys, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND,
        FYSISKA_NYCKLAR_FINNS.name(), true, NYCKELNUMMER.name(), "H-1"))))
        .isInstanceOf(Refusal.class).hasMessage("Ange nyckelposition");
    assertThatThrownBy(() -> new KeyPositionRegistration(keys, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessageContaining(FYSISKA_NYCKLAR_FINNS.label());
  }

  @Test
  void tunstallsSerialNumberInstallsTheOrderedLockAndLinksTheKund() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund());
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.ORDERED, null)));
    when(locks.install(eq(HOUSEHOLD), any())).thenReturn(5L);
    when(locks.link(5L, KUND)).thenReturn(true);
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);

    installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "TS-100")));

    verify(locks).install(HOUSEHOLD, new InstalledLock("TS-100", Vendor.TUNSTALL, null, NOW.toLocalDate()));
    verify(locks).link(5L, KUND);
    verify(notes).write(KUND, "Digitalt lås installerat av Tunstall (serienummer TS-100) 2026-12-04.", AUTHOR);
    verify(access).changed(KUND, "Registrerade installerat lås", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void aCohabitantOfTheKundIsLinkedToTheInstalledLock() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund());
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.INSTALLED, "TS-100")));
    when(locks.link(5L, KUND)).thenReturn(true);

    installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "TS-100")));

    verify(access).changed(KUND, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void theSameSerialNumberConfirmedAgainChangesNothingAndAnotherIsRefused() throws Exception {
    when(brukare.require(KUND)).thenReturn(kund());
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.of(lock(LockStatus.INSTALLED, "TS-100")));

    installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "TS-100")));
    verify(locks, never()).install(anyLong(), any());
    verifyNoInteractions(notes, access);

    assertThatThrownBy(() -> installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND, SERIENUMMER.name(), "TS-999"))))
        .isInstanceOf(Refusal.class).hasMessageContaining("redan ett installerat digitalt lås med serienummer TS-100");
    assertThatThrownBy(() -> installation().execute(execution(Map.of(BRUKARE_ID.name(), KUND))))
        .isInstanceOf(Refusal.class).hasMessage("Serienummer saknas");
  }

  @Test
  void theLaskvittensReminderComesTheConfiguredArbetsdagarLater() throws Exception {
    DelegateExecution execution = execution(Map.of());

    new LaskvittensReminder(new WorkingDays(), new LaskvittensProperties(3), CLOCK).execute(execution);

    // Friday 4 December + 3 arbetsdagar = Wednesday 9 December, same time
    assertThat(LASKVITTENS_PAMINNELSE.dateTime(execution, ZONE)).contains(LocalDateTime.of(2026, 12, 9, 10, 15));
    assertThat(new LaskvittensProperties(null).paminnelseArbetsdagar()).isEqualTo(5);
    assertThatThrownBy(() -> new LaskvittensProperties(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCollectedLaskvittensIsAReceiptAndTheLockBoxANote() throws Exception {
    when(receipts.record(KUND, ReceiptKind.LASKVITTENS, LaskvittensCollected.SIGNED_BY, NOW, null)).thenReturn(9L);
    when(definitions.noteAuthor(any())).thenReturn(AUTHOR);
    DelegateExecution execution = execution(Map.of(BRUKARE_ID.name(), KUND, LASKVITTENS_HAMTAD.name(), true,
        LASLADA_FORVARINGSPLATS.name(), "Hatthyllan i hallen"));

    new LaskvittensCollected(receipts, notes, definitions, CLOCK, access).execute(execution);

    assertThat(LASKVITTENS_ID.require(execution)).isEqualTo(9L);
    verify(notes).write(KUND, "Låslådan med lösdelarna till ytterdörren förvaras: Hatthyllan i hallen", AUTHOR);
    verify(access).changed(KUND, "Registrerade låskvittens", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Skrev anteckning", AccessChannel.DELEGATE);
    assertThatThrownBy(() -> new LaskvittensCollected(receipts, notes, definitions, CLOCK, access).execute(
        execution(Map.of(BRUKARE_ID.name(), KUND, LASKVITTENS_HAMTAD.name(), true))))
        .isInstanceOf(Refusal.class).hasMessage("Ange " + LASLADA_FORVARINGSPLATS.label());
    assertThatThrownBy(() -> new LaskvittensCollected(receipts, notes, definitions, CLOCK, access).execute(
        execution(Map.of(BRUKARE_ID.name(), KUND, LASLADA_FORVARINGSPLATS.name(), "Hallen"))))
        .isInstanceOf(Refusal.class).hasMessage("Bekräfta att låskvittensen är hämtad");
  }

  @Test
  void aFiledLaskvittensIsKeptWhereItWasPut() throws Exception {
    new LaskvittensFiled(receipts, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND, LASKVITTENS_ID.name(), 9L,
        FORVARINGSPLATS.name(), "Pärm 3, Norra")));

    verify(receipts).recordKeptAt(9L, "Pärm 3, Norra");
    verify(access).changed(KUND, "Registrerade var låskvittensen förvaras", AccessChannel.DELEGATE);
    assertThatThrownBy(() -> new LaskvittensFiled(receipts, access).execute(execution(Map.of(BRUKARE_ID.name(), KUND,
        LASKVITTENS_ID.name(), 9L))))
        .isInstanceOf(Refusal.class).hasMessage("Ange " + FORVARINGSPLATS.label());
  }

  @Test
  void theOrderIsTheLockOrderedAndTheFormFromTheRegistrySignedByTheKoordinator() throws Exception {
    TunstallOrders orders = mock(TunstallOrders.class);
    CompletingStaff karin = mock(CompletingStaff.class);
    when(karin.signature()).thenReturn("Karin Sjöberg (karin)");
    when(brukare.require(KUND)).thenReturn(kund());
    when(households.findById(HOUSEHOLD)).thenReturn(Optional.of(
        new Household(HOUSEHOLD, "Storgatan 1", "12345", "Lund", "1234", null, null)));
    when(locks.activeLockOfHousehold(HOUSEHOLD)).thenReturn(Optional.empty());
    when(keys.forBrukare(KUND)).thenReturn(List.of());

    DelegateExecution routine = execution(Map.of(BRUKARE_ID.name(), KUND));
    when(routine.getProcessBusinessKey()).thenReturn("DL-2026-000700");

    new TunstallOrder(brukare, households, keys, new VendorLocks(locks, CLOCK, access), orders, karin, CLOCK, access).execute(routine);

    verify(locks).order(HOUSEHOLD, Vendor.TUNSTALL);
    verify(access).changed(KUND, "Registrerade beställt lås", AccessChannel.DELEGATE);
    verify(access).changed(KUND, "Lade meddelande i utkorgen", AccessChannel.DELEGATE);
    ArgumentCaptor<TunstallOrderForm> form = ArgumentCaptor.forClass(TunstallOrderForm.class);
    verify(orders).order(eq(KUND), form.capture());
    assertThat(form.getValue().kundNamn()).isEqualTo("Astrid Andersson");
    assertThat(form.getValue().caseReference().value()).isEqualTo("DL-2026-000700");
    assertThat(form.getValue().portkod()).isEqualTo("1234");
    assertThat(form.getValue().bestallareNamn()).isEqualTo("Karin Sjöberg (karin)");
    assertThat(form.getValue().bestallningsdatum()).isEqualTo(NOW.toLocalDate());
    assertThat(form.getValue().fysiskNyckelFinns()).isFalse();
  }

  private TunstallInstallation installation() {
    return new TunstallInstallation(brukare, new VendorLocks(locks, CLOCK, access), locks, notes, definitions, CLOCK, access);
  }

  private static DelegateExecution execution(Map<String, ?> variables) {
    return VariableScopes.execution(new HashMap<>(variables));
  }

  private static Brukare kund() {
    return new Brukare(KUND, "194403052386", "Astrid Andersson", null, HOUSEHOLD, "Norra", null, false, true,
        LocalDate.of(2026, 11, 1), null, null, null, null);
  }

  private static Lock lock(LockStatus status, String serial) {
    return new Lock(5L, HOUSEHOLD, serial, Vendor.TUNSTALL, status, status == LockStatus.INSTALLED ? NOW.toLocalDate() : null,
        null, null);
  }
}

package se.digitalalas.routine.lasinstallation;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

class LockInstallationTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(13, 0).atZone(ZONE).toInstant(), ZONE);

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);
  private final LockRegistry locks = mock(LockRegistry.class);
  private final BrukareAccess access = mock(BrukareAccess.class);
  private final LockInstallation installation = new LockInstallation(brukare, locks, CLOCK, access);

  @BeforeEach
  void astrid() {
    when(brukare.require(7L)).thenReturn(new Brukare(7, "194403052386", "Astrid Andersson", null,
        3, null, null, true, true, null, null, null, null, null));
    when(locks.activeLockWithSerialNumber(any())).thenReturn(Optional.empty());
    when(locks.activeLockOfHousehold(3L)).thenReturn(Optional.empty());
    when(locks.lockLinkedTo(7L)).thenReturn(Optional.empty());
    when(locks.install(eq(3L), any())).thenReturn(42L);
    when(locks.link(anyLong(), eq(7L))).thenReturn(true);
  }

  @Test
  void theLockIsInstalledOnTheHouseholdAndLinkedToTheBrukare() throws Exception {
    installation.execute(VariableScopes.execution(variables()));

    verify(locks).install(3L, new InstalledLock("PH-1001", Vendor.TUNSTALL, "H-12", TODAY));
    verify(locks).link(42L, 7L);
    verify(access).changed(7L, "Registrerade installerat lås", AccessChannel.DELEGATE);
    verify(access).changed(7L, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void phoniroWhenNoVendorIsGiven() throws Exception {
    Map<String, Object> variables = variables();
    variables.remove(LEVERANTOR.name());

    installation.execute(VariableScopes.execution(variables));

    verify(locks).install(3L, new InstalledLock("PH-1001", Vendor.PHONIRO, "H-12", TODAY));
  }

  @Test
  void missingSerialNumberIsRefused() {
    Map<String, Object> variables = variables();
    variables.put(SERIENUMMER.name(), "  ");

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class).hasMessage("Serienummer saknas");
    verify(locks, never()).install(anyLong(), any());
  }

  @Test
  void aSerialNumberInstalledElsewhereIsRefusedBeforeWriting() {
    when(locks.activeLockWithSerialNumber("PH-1001")).thenReturn(Optional.of(lock(9L, LockStatus.INSTALLED)));

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables())))
        .isInstanceOf(Refusal.class)
        .hasMessage("Serienummer PH-1001 är redan installerat hos en annan brukare");
    verify(locks, never()).install(anyLong(), any());
  }

  @Test
  void anotherSerialNumberInAHouseholdWithAnInstalledLockIsRefusedNamingTheHouseholdsLock() {
    when(locks.activeLockOfHousehold(3L)).thenReturn(Optional.of(lock(3L, LockStatus.INSTALLED)));
    Map<String, Object> variables = variables();
    variables.put(SERIENUMMER.name(), "PH-2002");

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Hushållet har redan ett installerat digitalt lås (serienummer PH-1001). "
            + "Ange det serienumret för att koppla brukaren till hushållets lås");
    verify(locks, never()).install(anyLong(), any());
    verify(locks, never()).link(anyLong(), anyLong());
  }

  @Test
  void theHouseholdsInstalledLocksSerialNumberLinksTheCohabitant() throws Exception {
    when(locks.activeLockOfHousehold(3L)).thenReturn(Optional.of(lock(3L, LockStatus.INSTALLED)));
    when(locks.activeLockWithSerialNumber("PH-1001")).thenReturn(Optional.of(lock(3L, LockStatus.INSTALLED)));
    DelegateExecution execution = VariableScopes.execution(variables());

    installation.execute(execution);

    verify(locks, never()).install(anyLong(), any());
    verify(locks).link(1L, 7L);
    assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(true);
    verify(access).changed(7L, "Kopplade brukaren till låset", AccessChannel.DELEGATE);
    verifyNoMoreInteractions(access);
  }

  @Test
  void aCohabitantAlreadyLinkedIsNoChange() throws Exception {
    when(locks.activeLockOfHousehold(3L)).thenReturn(Optional.of(lock(3L, LockStatus.INSTALLED)));
    when(locks.link(1L, 7L)).thenReturn(false);

    installation.execute(VariableScopes.execution(variables()));

    verifyNoInteractions(access);
  }

  @Test
  void aNewLockIsNoLinkToAnExistingOne() throws Exception {
    DelegateExecution execution = VariableScopes.execution(variables());

    installation.execute(execution);

    assertThat(execution.getVariable(LAS_FINNS.name())).isEqualTo(false);
  }

  @Test
  void theOrderedLockOfTheHouseholdIsInstalled() throws Exception {
    when(locks.activeLockOfHousehold(3L)).thenReturn(Optional.of(lock(3L, LockStatus.ORDERED)));
    when(locks.activeLockWithSerialNumber("PH-1001")).thenReturn(Optional.of(lock(3L, LockStatus.ORDERED)));

    installation.execute(VariableScopes.execution(variables()));

    verify(locks).install(eq(3L), any());
  }

  @Test
  void theUniqueConstraintIsTheLastGuard() {
    when(locks.install(eq(3L), any())).thenThrow(new DuplicateKeyException("uq_lock_unit_active_serial_number"));

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables())))
        .isInstanceOf(Refusal.class)
        .hasMessage("Serienummer PH-1001 är redan installerat hos en annan brukare");
    verify(locks, never()).link(anyLong(), anyLong());
    verifyNoInteractions(access);
  }

  @Test
  void aBrukareLinkedToALockAtAnotherAddressIsRefused() {
    when(locks.lockLinkedTo(7L)).thenReturn(Optional.of(lock(9L, LockStatus.INSTALLED)));

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables())))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Brukaren är redan kopplad till ett digitalt lås på en annan adress");
  }

  @Test
  void unknownVendorIsRefused() {
    Map<String, Object> variables = variables();
    variables.put(LEVERANTOR.name(), "ACME");

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("Okänd leverantör");
  }

  @Test
  void unconfirmedCheckpointsAreRefusedBeforeAnythingIsWritten() {
    Map<String, Object> variables = variables();
    variables.put(LASVRED_MARKT_MED_NYCKELNUMMER.name(), false);
    variables.remove(ARBETET_UTFORT.name());

    assertThatThrownBy(() -> installation.execute(VariableScopes.execution(variables)))
        .isInstanceOf(Refusal.class)
        .hasMessage("Bekräfta kontrollpunkterna innan installationen registreras: "
            + "låsvredet märkt med nyckelnumret, arbetet utfört");
    verifyNoInteractions(locks);
  }

  private static Lock lock(long householdId, LockStatus status) {
    return new Lock(1L, householdId, "PH-1001", Vendor.PHONIRO, status,
        status == LockStatus.INSTALLED ? TODAY : null, null, "H-12");
  }

  private static Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BRUKARE_ID.name(), 7L);
    variables.put(SERIENUMMER.name(), " PH-1001 ");
    variables.put(LEVERANTOR.name(), "TUNSTALL");
    variables.put(NYCKELNUMMER.name(), "H-12");
    variables.put(BOKAD_TID.name(), "2026-12-01T09:30");
    variables.put(LAS_KOPPLAT_TILL_BRUKARE.name(), true);
    variables.put(LASVRED_MARKT_MED_NYCKELNUMMER.name(), true);
    variables.put(ARBETET_UTFORT.name(), "true");
    return variables;
  }
}

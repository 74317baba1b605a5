package se.digitalalas.registry.lock;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;

@RegistryTest
abstract class LockRegistryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final LocalDate INSTALLED_ON = LocalDate.of(2026, 3, 2);

  @Autowired
  LockRegistry locks;
  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  BrukareRegistry brukare;
  @Autowired
  JdbcClient jdbc;

  long astrid;
  long bertil;
  long cecilia;
  long storgatan;
  long nygatan;

  @BeforeEach
  void households() {
    astrid = registrar.register(TestBrukare.astrid());
    bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
    cecilia = registrar.register(TestBrukare.at(TestBrukare.CECILIA, "Cecilia Carlsson", "Nygatan 2"));
    storgatan = brukare.require(astrid).householdId();
    nygatan = brukare.require(cecilia).householdId();
  }

  @Test
  void installsALockOnTheHousehold() {
    long id = locks.install(storgatan, installed("PH-1001"));

    Lock lock = locks.findById(id).orElseThrow();
    assertThat(lock.status()).isEqualTo(LockStatus.INSTALLED);
    assertThat(lock.serialNumber()).isEqualTo("PH-1001");
    assertThat(lock.vendor()).isEqualTo(Vendor.PHONIRO);
    assertThat(lock.keyNumber()).isEqualTo("N-17");
    assertThat(lock.installedOn()).isEqualTo(TODAY);
    assertThat(locks.hasInstalledLock(storgatan)).isTrue();
    assertThat(locks.hasInstalledLock(nygatan)).isFalse();
    assertThat(locks.activeLockWithSerialNumber("PH-1001")).map(Lock::id).contains(id);
  }

  @Test
  void anOrderedLockIsTheOneInstalled() {
    long ordered = locks.order(storgatan, Vendor.TUNSTALL);
    assertThat(locks.hasInstalledLock(storgatan)).isFalse();

    long installedId = locks.install(storgatan, installed("PH-1001"));

    assertThat(installedId).isEqualTo(ordered);
    assertThat(locks.findById(ordered).orElseThrow().status()).isEqualTo(LockStatus.INSTALLED);
  }

  @Test
  void aSecondActiveLockInAHouseholdIsRejected() {
    locks.install(storgatan, installed("PH-1001"));

    assertThatThrownBy(() -> locks.install(storgatan, installed("PH-2002")))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void theSameActiveSerialNumberTwiceIsRejected() {
    locks.install(storgatan, installed("PH-1001"));

    assertThatThrownBy(() -> locks.install(nygatan, installed("PH-1001")))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aRemovedLockFreesTheSerialNumberAndTheHousehold() {
    long first = locks.install(storgatan, installed("PH-1001"));
    locks.link(first, astrid);

    locks.remove(first, TODAY);

    Lock removed = locks.findById(first).orElseThrow();
    assertThat(removed.status()).isEqualTo(LockStatus.REMOVED);
    assertThat(removed.removedOn()).isEqualTo(TODAY);
    assertThat(locks.linkedBrukare(first)).isEmpty();
    assertThat(locks.lockLinkedTo(astrid)).isEmpty();
    long elsewhere = locks.install(nygatan, installed("PH-1001"));
    long again = locks.install(storgatan, installed("PH-3003"));
    assertThat(locks.activeLockWithSerialNumber("PH-1001")).map(Lock::id).contains(elsewhere);
    assertThat(locks.activeLockOfHousehold(storgatan)).map(Lock::id).contains(again);
  }

  @Test
  void cohabitantsShareOneLock() {
    long lock = locks.install(storgatan, installed("PH-1001"));

    assertThat(locks.link(lock, astrid)).isTrue();
    assertThat(locks.link(lock, bertil)).isTrue();
    assertThat(locks.link(lock, astrid)).as("already linked: nothing changes").isFalse();

    assertThat(locks.linkedBrukare(lock))
        .extracting(LinkedBrukare::name)
        .containsExactly("Astrid Andersson", "Bertil Andersson");
    assertThat(locks.lockLinkedTo(bertil)).map(Lock::id).contains(lock);

    locks.unlink(lock, bertil);

    assertThat(locks.linkedBrukare(lock)).extracting(LinkedBrukare::brukareId).containsExactly(astrid);
    assertThat(locks.lockLinkedTo(bertil)).isEmpty();
  }

  @Test
  void aRemovedLockStaysInTheHistoryWithItsDates() {
    long lock = locks.install(storgatan, new InstalledLock("PH-1001", Vendor.TUNSTALL, "N-17", INSTALLED_ON));
    locks.link(lock, astrid);
    locks.link(lock, bertil);

    locks.remove(lock, TODAY);

    for (long cohabitant : new long[] {astrid, bertil}) {
      assertThat(locks.history(cohabitant)).singleElement().satisfies(link -> {
        assertThat(link.lock().id()).isEqualTo(lock);
        assertThat(link.lock().status()).isEqualTo(LockStatus.REMOVED);
        assertThat(link.lock().serialNumber()).isEqualTo("PH-1001");
        assertThat(link.lock().vendor()).isEqualTo(Vendor.TUNSTALL);
        assertThat(link.lock().keyNumber()).isEqualTo("N-17");
        assertThat(link.lock().householdId()).isEqualTo(storgatan);
        assertThat(link.lock().installedOn()).isEqualTo(INSTALLED_ON);
        assertThat(link.lock().removedOn()).isEqualTo(TODAY);
        assertThat(link.linkedAt()).isEqualTo(RegistryTestClock.NOW);
        assertThat(link.unlinkedAt()).isEqualTo(RegistryTestClock.NOW);
      });
    }
    assertThat(locks.findById(lock)).map(Lock::status).contains(LockStatus.REMOVED);
  }

  @Test
  void theHistoryShowsTheNewestLinkFirst() {
    long first = locks.install(storgatan, new InstalledLock("PH-1001", Vendor.PHONIRO, "N-17", INSTALLED_ON));
    locks.link(first, astrid);
    locks.remove(first, TODAY);
    long second = locks.install(storgatan, installed("PH-2002"));
    locks.link(second, astrid);

    assertThat(locks.history(astrid))
        .extracting(link -> link.lock().id(), link -> link.lock().status(), LockLink::unlinkedAt)
        .containsExactly(
            tuple(second, LockStatus.INSTALLED, null),
            tuple(first, LockStatus.REMOVED, RegistryTestClock.NOW));
    assertThat(locks.lockLinkedTo(astrid)).map(Lock::id).contains(second);
  }

  @Test
  void anUnlinkedCohabitantKeepsTheLinkInTheHistoryWhileTheLockStays() {
    long lock = locks.install(storgatan, installed("PH-1001"));
    locks.link(lock, astrid);
    locks.link(lock, bertil);

    locks.unlink(lock, bertil);

    assertThat(locks.history(bertil)).singleElement().satisfies(link -> {
      assertThat(link.lock().status()).isEqualTo(LockStatus.INSTALLED);
      assertThat(link.lock().removedOn()).isNull();
      assertThat(link.unlinkedAt()).isEqualTo(RegistryTestClock.NOW);
    });
    assertThat(locks.history(astrid)).singleElement().extracting(LockLink::unlinkedAt).isNull();
  }

  @Test
  void theHistoryIsTheBrukaresOwn() {
    long lock = locks.install(storgatan, installed("PH-1001"));
    locks.link(lock, astrid);
    locks.install(nygatan, installed("PH-2002"));

    assertThat(locks.history(astrid)).singleElement().extracting(link -> link.lock().id()).isEqualTo(lock);
    assertThat(locks.history(bertil)).as("a cohabitant never linked").isEmpty();
    assertThat(locks.history(cecilia)).as("a lock in the household, never linked").isEmpty();
  }

  @Test
  void othersLinkedAreTheCohabitantsStillLinked() {
    long lock = locks.install(storgatan, installed("PH-1001"));
    locks.link(lock, astrid);
    locks.link(lock, bertil);

    assertThat(locks.othersLinked(lock, astrid)).extracting(LinkedBrukare::brukareId).containsExactly(bertil);
    assertThat(locks.othersLinked(lock, bertil)).extracting(LinkedBrukare::brukareId).containsExactly(astrid);
    assertThat(locks.othersLinked(lock, cecilia)).as("someone not linked: everyone linked")
        .extracting(LinkedBrukare::brukareId).containsExactly(astrid, bertil);

    locks.unlink(lock, bertil);

    assertThat(locks.othersLinked(lock, astrid)).isEmpty();
  }

  @Test
  void noOneIsLinkedToARemovedLock() {
    long lock = locks.install(storgatan, installed("PH-1001"));
    locks.link(lock, astrid);
    locks.link(lock, bertil);

    locks.remove(lock, TODAY);

    assertThat(locks.othersLinked(lock, astrid)).isEmpty();
    assertThat(locks.lockLinkedTo(bertil)).isEmpty();
  }

  @Test
  void aLockCannotBeRemovedBeforeItWasInstalled() {
    long lock = locks.install(storgatan, new InstalledLock("PH-1001", Vendor.PHONIRO, "N-17", TODAY));

    assertThatThrownBy(() -> locks.remove(lock, TODAY.minusDays(1)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aBrukareIsLinkedToOneLockAtATime() {
    long first = locks.install(storgatan, installed("PH-1001"));
    long second = locks.install(nygatan, installed("PH-2002"));
    locks.link(first, astrid);

    assertThatThrownBy(() -> locks.link(second, astrid)).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void anInstalledLockNeedsSerialNumberAndDate() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, active_household_id, created_at)
            values (:household, 'PHONIRO', 'INSTALLED', :household, current_timestamp)""")
        .param("household", storgatan).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void anActiveLockMustHoldItsHousehold() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, created_at)
            values (:household, 'PHONIRO', 'ORDERED', current_timestamp)""")
        .param("household", storgatan).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aRemovedLockHoldsNoHousehold() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, removed_on, active_household_id,
              created_at)
            values (:household, 'PHONIRO', 'REMOVED', current_date, :household, current_timestamp)""")
        .param("household", storgatan).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void unknownVendorIsRejected() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, active_household_id, created_at)
            values (:household, 'ACME', 'ORDERED', :household, current_timestamp)""")
        .param("household", storgatan).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void unknownStatusIsRejected() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, active_household_id, created_at)
            values (:household, 'PHONIRO', 'LOST', :household, current_timestamp)""")
        .param("household", storgatan).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private static InstalledLock installed(String serialNumber) {
    return new InstalledLock(serialNumber, Vendor.PHONIRO, "N-17", TODAY);
  }
}

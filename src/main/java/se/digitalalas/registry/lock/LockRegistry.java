package se.digitalalas.registry.lock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lock units and who is linked to them. The schema allows one active (ordered or installed) lock
 * per household and per serial number; writes that break that fail with DuplicateKeyException.
 */
@Component
public class LockRegistry {

  private static final String COLUMNS =
      "id, household_id, serial_number, vendor, status, installed_on, removed_on, key_number";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public LockRegistry(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public Optional<Lock> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from lock_unit where id = :id")
        .param("id", id)
        .query(Lock.class)
        .optional();
  }

  public Optional<Lock> activeLockOfHousehold(long householdId) {
    return jdbc.sql("select " + COLUMNS + " from lock_unit where active_household_id = :id")
        .param("id", householdId)
        .query(Lock.class)
        .optional();
  }

  public Optional<Lock> activeLockWithSerialNumber(String serialNumber) {
    return jdbc.sql("select " + COLUMNS + " from lock_unit where active_serial_number = :serial")
        .param("serial", serialNumber)
        .query(Lock.class)
        .optional();
  }

  public Optional<Lock> lockLinkedTo(long brukareId) {
    return jdbc.sql("""
            select l.id, l.household_id, l.serial_number, l.vendor, l.status, l.installed_on,
              l.removed_on, l.key_number
            from lock_unit l join lock_unit_brukare link on link.lock_unit_id = l.id
            where link.active_brukare_id = :brukareId""")
        .param("brukareId", brukareId)
        .query(Lock.class)
        .optional();
  }

  /** Every lock the brukare has been linked to, newest link first: the record's lock history. */
  public List<LockLink> history(long brukareId) {
    return jdbc.sql("""
            select l.id, l.household_id, l.serial_number, l.vendor, l.status, l.installed_on,
              l.removed_on, l.key_number, link.linked_at, link.unlinked_at
            from lock_unit l join lock_unit_brukare link on link.lock_unit_id = l.id
            where link.brukare_id = :brukareId
            order by link.linked_at desc, link.id desc""")
        .param("brukareId", brukareId)
        .query((rs, row) -> new LockLink(
            new Lock(rs.getLong("id"), rs.getLong("household_id"), rs.getString("serial_number"),
                Vendor.valueOf(rs.getString("vendor")), LockStatus.valueOf(rs.getString("status")),
                rs.getObject("installed_on", LocalDate.class), rs.getObject("removed_on", LocalDate.class),
                rs.getString("key_number")),
            rs.getObject("linked_at", LocalDateTime.class),
            rs.getObject("unlinked_at", LocalDateTime.class)))
        .list();
  }

  /** Other brukare still linked to the lock besides this one. */
  public List<LinkedBrukare> othersLinked(long lockId, long brukareId) {
    return linkedBrukare(lockId).stream().filter(linked -> linked.brukareId() != brukareId).toList();
  }

  public boolean hasInstalledLock(long householdId) {
    return activeLockOfHousehold(householdId)
        .filter(lock -> lock.status() == LockStatus.INSTALLED)
        .isPresent();
  }

  public List<LinkedBrukare> linkedBrukare(long lockId) {
    return jdbc.sql("""
            select b.id as brukare_id, b.personnummer, b.name, link.linked_at
            from lock_unit_brukare link join brukare b on b.id = link.brukare_id
            where link.lock_unit_id = :lockId and link.unlinked_at is null
            order by link.linked_at, b.id""")
        .param("lockId", lockId)
        .query(LinkedBrukare.class)
        .list();
  }

  /** A lock ordered for the household, not yet installed; returns its id. */
  public long order(long householdId, Vendor vendor) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into lock_unit (household_id, vendor, status, active_household_id, created_at)
            values (:householdId, :vendor, 'ORDERED', :householdId, :now)""")
        .param("householdId", householdId)
        .param("vendor", vendor.name())
        .param("now", LocalDateTime.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * The household's lock becomes INSTALLED: the ordered one when there is one, otherwise a new
   * one. Returns the lock's id.
   */
  public long install(long householdId, InstalledLock installed) {
    Optional<Lock> ordered = activeLockOfHousehold(householdId)
        .filter(lock -> lock.status() == LockStatus.ORDERED);
    if (ordered.isPresent()) {
      markInstalled(ordered.get().id(), installed);
      return ordered.get().id();
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into lock_unit (household_id, serial_number, vendor, status, installed_on,
              key_number, active_household_id, active_serial_number, created_at)
            values (:householdId, :serial, :vendor, 'INSTALLED', :installedOn,
              :keyNumber, :householdId, :serial, :now)""")
        .param("householdId", householdId)
        .param("serial", installed.serialNumber())
        .param("vendor", installed.vendor().name())
        .param("installedOn", installed.installedOn())
        .param("keyNumber", installed.keyNumber())
        .param("now", LocalDateTime.now(clock))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * Links the brukare to the lock; true when this call linked them. Already linked to it is fine
   * (false), also when another transaction linked it at the same moment (the insert runs under a
   * savepoint). Linked to another lock fails with DuplicateKeyException.
   */
  public boolean link(long lockId, long brukareId) {
    if (isLinked(lockId, brukareId)) {
      return false;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into lock_unit_brukare (lock_unit_id, brukare_id, linked_at, active_brukare_id)
              values (:lockId, :brukareId, :now, :brukareId)""")
          .param("lockId", lockId)
          .param("brukareId", brukareId)
          .param("now", LocalDateTime.now(clock))
          .update());
      return true;
    } catch (DuplicateKeyException linkedConcurrently) {
      if (!isLinked(lockId, brukareId)) {
        throw linkedConcurrently;
      }
      return false;
    }
  }

  private boolean isLinked(long lockId, long brukareId) {
    return jdbc.sql("""
            select count(*) from lock_unit_brukare
            where lock_unit_id = :lockId and active_brukare_id = :brukareId""")
        .param("lockId", lockId)
        .param("brukareId", brukareId)
        .query(Long.class)
        .single() > 0;
  }

  public void unlink(long lockId, long brukareId) {
    jdbc.sql("""
            update lock_unit_brukare set unlinked_at = :now, active_brukare_id = null
            where lock_unit_id = :lockId and active_brukare_id = :brukareId""")
        .param("now", LocalDateTime.now(clock))
        .param("lockId", lockId)
        .param("brukareId", brukareId)
        .update();
  }

  /** Nedmonterat: frees the household and the serial number, unlinks everyone. */
  public void remove(long lockId, LocalDate removedOn) {
    jdbc.sql("""
            update lock_unit_brukare set unlinked_at = :now, active_brukare_id = null
            where lock_unit_id = :lockId and unlinked_at is null""")
        .param("now", LocalDateTime.now(clock))
        .param("lockId", lockId)
        .update();
    jdbc.sql("""
            update lock_unit set status = 'REMOVED', removed_on = :removedOn,
              active_household_id = null, active_serial_number = null
            where id = :id""")
        .param("removedOn", removedOn)
        .param("id", lockId)
        .update();
  }

  private void markInstalled(long lockId, InstalledLock installed) {
    jdbc.sql("""
            update lock_unit set status = 'INSTALLED', serial_number = :serial,
              active_serial_number = :serial, vendor = :vendor, installed_on = :installedOn,
              key_number = :keyNumber
            where id = :id""")
        .param("serial", installed.serialNumber())
        .param("vendor", installed.vendor().name())
        .param("installedOn", installed.installedOn())
        .param("keyNumber", installed.keyNumber())
        .param("id", lockId)
        .update();
  }
}

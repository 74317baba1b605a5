package se.digitalalas.process.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.TextLimits;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;

/**
 * A lock a vendor installs on the kund's door (Tunstall, Phoniro's locksmith): ordered for the
 * household unless it has one, then installed with the serial number the vendor reports. The same
 * serial number reported again changes nothing; another one at a door with an installed lock, or
 * one installed at another household, is refused. Each change goes into the access log.
 */
@Component
public class VendorLocks {

  private final LockRegistry locks;
  private final Clock clock;
  private final BrukareAccess access;

  public VendorLocks(LockRegistry locks, Clock clock, BrukareAccess access) {
    this.locks = locks;
    this.clock = clock;
    this.access = access;
  }

  /** The household's lock ORDERED from the vendor, unless it has an active one. */
  public void orderUnlessActive(Brukare kund, Vendor vendor) {
    if (locks.activeLockOfHousehold(kund.householdId()).isEmpty()) {
      locks.order(kund.householdId(), vendor);
      access.changed(kund.id(), DelegateChanges.LOCK_ORDERED, AccessChannel.DELEGATE);
    }
  }

  /** The installed lock: newlyInstalled when this report installed it, not when it repeated one. */
  public record Installation(long lockId, boolean newlyInstalled) {
  }

  /** The household's lock INSTALLED with the vendor's serial number (and the key number it is labelled with). */
  public Installation install(Brukare kund, String serialNumber, Vendor vendor, String keyNumber) {
    TextLimits.require(serialNumber, TextLimits.SERIAL_NUMBER, "serienummer");
    Optional<Lock> installed = locks.activeLockOfHousehold(kund.householdId())
        .filter(lock -> lock.status() == LockStatus.INSTALLED);
    if (installed.isPresent()) {
      if (!installed.get().serialNumber().equals(serialNumber)) {
        throw new Refusal("Hushållet har redan ett installerat digitalt lås med serienummer "
            + installed.get().serialNumber() + ", inte " + serialNumber);
      }
      return new Installation(installed.get().id(), false);
    }
    long lockId;
    try {
      lockId = locks.install(kund.householdId(),
          new InstalledLock(serialNumber, vendor, keyNumber, LocalDate.now(clock)));
    } catch (DuplicateKeyException elsewhere) {
      throw new Refusal("Serienummer " + serialNumber + " är redan installerat hos en annan brukare");
    }
    access.changed(kund.id(), DelegateChanges.LOCK_INSTALLED, AccessChannel.DELEGATE);
    return new Installation(lockId, true);
  }
}

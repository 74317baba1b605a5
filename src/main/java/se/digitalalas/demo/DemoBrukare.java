package se.digitalalas.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.note.StandardText;

/**
 * A few brukare for the demo, once: Elsa already has a lock (a cohabitant's routine ends at
 * once, and its serial number is taken), Gösta's door has a kodlås, Märta has nothing yet.
 * For the removals: Karl has only trygghetslarm and a lock (routine 4), Ingrid and Bo Ek share
 * one lock at one address (routine 2 for one of them unlinks only that one).
 */
@Component
@Profile("default")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoBrukare implements ApplicationRunner {

  static final String ELSA = "193602141115";
  static final String GOSTA = "194209082223";
  static final String MARTA = "193305173332";
  static final String KARL = "194011034412";
  static final String INGRID = "194505125528";
  static final String BO = "193812256638";
  private static final String AUTHOR = "Demodata";

  private final BrukareRegistrar registrar;
  private final BrukareRegistry brukare;
  private final HouseholdRegistry households;
  private final LockRegistry locks;
  private final KeyRegistry keys;
  private final NoteRegistry notes;
  private final Clock clock;

  DemoBrukare(BrukareRegistrar registrar, BrukareRegistry brukare, HouseholdRegistry households,
      LockRegistry locks, KeyRegistry keys, NoteRegistry notes, Clock clock) {
    this.registrar = registrar;
    this.brukare = brukare;
    this.households = households;
    this.locks = locks;
    this.keys = keys;
    this.notes = notes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (brukare.findByPersonnummer(Personnummer.parse(ELSA)).isPresent()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);

    long elsa = registrar.register(new BrukareRegistration(Personnummer.parse(ELSA), "Elsa Nilsson",
        "070-111 22 33", Address.of("Björkvägen 12", "123 45", "Småstad"), "1234", "Norra",
        "Småstad", true, true, today.minusMonths(3)));
    long elsasHousehold = brukare.require(elsa).householdId();
    long lock = locks.install(elsasHousehold,
        new InstalledLock("PH-2001", Vendor.PHONIRO, "N-101", today.minusMonths(2)));
    locks.link(lock, elsa);
    keys.register(elsa, "N-101", KeyHolder.HEMTJANST);
    keys.register(elsa, "L-101", KeyHolder.LARMGRUPP);

    long gosta = registrar.register(new BrukareRegistration(Personnummer.parse(GOSTA), "Gösta Lind",
        "070-222 33 44", Address.of("Kvarngatan 20", "123 46", "Småstad"), null, "Södra",
        "Småstad", true, false, today.minusMonths(1)));
    households.recordKodlas(brukare.require(gosta).householdId(), true);
    notes.writeOnce(gosta, StandardText.KODLAS.text(), AUTHOR);

    registrar.register(new BrukareRegistration(Personnummer.parse(MARTA), "Märta Holm",
        "070-333 44 55", Address.of("Ekgatan 3", "123 47", "Småstad"), null, "Norra", "Småstad",
        true, false, today));

    long karl = registrar.register(new BrukareRegistration(Personnummer.parse(KARL), "Karl Ström",
        "070-444 55 66", Address.of("Lärkvägen 4", "123 48", "Småstad"), null, "Södra", "Småstad",
        false, true, today.minusMonths(6)));
    long karlsLock = locks.install(brukare.require(karl).householdId(),
        new InstalledLock("PH-2002", Vendor.PHONIRO, "L-102", today.minusMonths(5)));
    locks.link(karlsLock, karl);
    keys.register(karl, "L-102", KeyHolder.LARMGRUPP);

    Address granvagen = Address.of("Granvägen 8", "123 49", "Småstad");
    long ingrid = registrar.register(new BrukareRegistration(Personnummer.parse(INGRID), "Ingrid Ek",
        "070-555 66 77", granvagen, "4321", "Norra", "Småstad", true, true, today.minusMonths(4)));
    long bo = registrar.register(new BrukareRegistration(Personnummer.parse(BO), "Bo Ek",
        "070-555 66 78", granvagen, "4321", "Norra", "Småstad", true, false, today.minusMonths(4)));
    long ekLock = locks.install(brukare.require(ingrid).householdId(),
        new InstalledLock("PH-2003", Vendor.PHONIRO, "N-103", today.minusMonths(3)));
    locks.link(ekLock, ingrid);
    locks.link(ekLock, bo);
    keys.register(ingrid, "N-103", KeyHolder.HEMTJANST);
    keys.register(ingrid, "L-103", KeyHolder.LARMGRUPP);
    keys.register(bo, "N-104", KeyHolder.HEMTJANST);
  }
}

package se.digitalalas.registry.overview;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.LinkedBrukare;
import se.digitalalas.registry.lock.LockLink;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.utforare.UtforareChange;
import se.digitalalas.registry.utforare.UtforareRegistry;

@RegistryTest
abstract class BrukareOverviewReaderTest {

  @Autowired
  BrukareOverviewReader reader;
  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  BrukareRegistry brukare;
  @Autowired
  LockRegistry locks;
  @Autowired
  KeyRegistry keys;
  @Autowired
  NoteRegistry notes;
  @Autowired
  UtforareRegistry utforare;

  @Test
  void showsTheHemtjanstProviderAndItsChanges() {
    long astrid = registrar.register(TestBrukare.astrid());
    assertThat(reader.byId(astrid).orElseThrow().utforare()).as("none registered yet").isNull();

    utforare.change(astrid, "Hemtjänst Norra", "Omsorg Söder", "Berit Bistånd (berit)");

    BrukareOverview overview = reader.byId(astrid).orElseThrow();
    assertThat(overview.utforare()).isEqualTo("Omsorg Söder");
    assertThat(overview.utforareHistory()).extracting(UtforareChange::fromUtforare, UtforareChange::toUtforare)
        .containsExactly(tuple("Hemtjänst Norra", "Omsorg Söder"));
  }

  @Test
  void showsTheDoorWithTheLockAndEveryoneLinkedToIt() {
    long astrid = registrar.register(TestBrukare.astrid());
    long bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
    long lock = locks.install(brukare.require(astrid).householdId(),
        new InstalledLock("PH-1001", Vendor.PHONIRO, "H-12", LocalDate.of(2026, 11, 23)));
    locks.link(lock, astrid);
    locks.link(lock, bertil);
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    notes.write(astrid, "Ringer på två gånger.", "Hemtjänsten");

    BrukareOverview overview = reader.byPersonnummer(Personnummer.parse("440305-2386")).orElseThrow();

    assertThat(overview.brukare().id()).isEqualTo(astrid);
    assertThat(overview.household().address()).isEqualTo("Storgatan 1");
    assertThat(overview.lock().lock().serialNumber()).isEqualTo("PH-1001");
    assertThat(overview.lock().linkedBrukare()).extracting(LinkedBrukare::brukareId)
        .containsExactly(astrid, bertil);
    assertThat(overview.keys()).hasSize(1);
    assertThat(overview.notes()).hasSize(1);
    assertThat(overview.receipts()).isEmpty();
    assertThat(overview.nfcTags()).isEmpty();
    assertThat(overview.outgoingMessages()).isEmpty();
  }

  @Test
  void aCohabitantNotYetLinkedSeesTheHouseholdsLock() {
    long astrid = registrar.register(TestBrukare.astrid());
    long bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
    long lock = locks.install(brukare.require(astrid).householdId(),
        new InstalledLock("PH-1001", Vendor.PHONIRO, "H-12", LocalDate.of(2026, 11, 23)));
    locks.link(lock, astrid);

    assertThat(reader.byId(bertil).orElseThrow().lock().lock().id()).isEqualTo(lock);
  }

  @Test
  void aRemovedLockIsNoLongerTheDoorsButStaysInTheHistoryWithTheReturnedKeys() {
    long astrid = registrar.register(TestBrukare.astrid());
    long lock = locks.install(brukare.require(astrid).householdId(),
        new InstalledLock("PH-1001", Vendor.PHONIRO, "H-12", LocalDate.of(2026, 3, 2)));
    locks.link(lock, astrid);
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(astrid, "L-7", KeyHolder.LARMGRUPP);

    locks.remove(lock, LocalDate.of(2026, 11, 23));
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP));

    BrukareOverview overview = reader.byId(astrid).orElseThrow();
    assertThat(overview.lock()).isNull();
    assertThat(overview.lockHistory()).singleElement().satisfies(link -> {
      assertThat(link.lock().serialNumber()).isEqualTo("PH-1001");
      assertThat(link.lock().status()).isEqualTo(LockStatus.REMOVED);
      assertThat(link.lock().installedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(link.lock().removedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
      assertThat(link.unlinkedAt()).isNotNull();
    });
    assertThat(overview.keys())
        .extracting(Key::keyNumber, Key::holder, Key::issuedTo)
        .containsExactly(
            tuple("H-12", KeyHolder.BRUKARE, KeyHolder.HEMTJANST),
            tuple("L-7", KeyHolder.BRUKARE, KeyHolder.LARMGRUPP));
  }

  @Test
  void anInstalledLockIsBothTheDoorsAndInTheHistory() {
    long astrid = registrar.register(TestBrukare.astrid());
    long lock = locks.install(brukare.require(astrid).householdId(),
        new InstalledLock("PH-1001", Vendor.PHONIRO, "H-12", LocalDate.of(2026, 11, 23)));
    locks.link(lock, astrid);

    BrukareOverview overview = reader.byId(astrid).orElseThrow();

    assertThat(overview.lock().lock().id()).isEqualTo(lock);
    assertThat(overview.lockHistory()).singleElement()
        .extracting(link -> link.lock().id(), LockLink::unlinkedAt).containsExactly(lock, null);
  }

  @Test
  void noLockIsNull() {
    long astrid = registrar.register(TestBrukare.astrid());

    assertThat(reader.byId(astrid).orElseThrow().lock()).isNull();
    assertThat(reader.byId(astrid).orElseThrow().lockHistory()).isEmpty();
  }

  @Test
  void unknownBrukareIsEmpty() {
    assertThat(reader.byId(-1)).isEmpty();
    assertThat(reader.byPersonnummer(Personnummer.parse("121212-1212"))).isEmpty();
  }
}

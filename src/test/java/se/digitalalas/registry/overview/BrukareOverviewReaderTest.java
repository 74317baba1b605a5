package se.digitalalas.registry.overview;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.InstalledLock;
import se.digitalalas.registry.lock.LinkedBrukare;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.Vendor;
import se.digitalalas.registry.note.NoteRegistry;

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
  void noLockIsNull() {
    long astrid = registrar.register(TestBrukare.astrid());

    assertThat(reader.byId(astrid).orElseThrow().lock()).isNull();
  }

  @Test
  void unknownBrukareIsEmpty() {
    assertThat(reader.byId(-1)).isEmpty();
    assertThat(reader.byPersonnummer(Personnummer.parse("121212-1212"))).isEmpty();
  }
}

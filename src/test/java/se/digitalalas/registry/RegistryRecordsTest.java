package se.digitalalas.registry;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.key.Key;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.nfc.NfcTag;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.Note;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.Receipt;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/** Keys, receipts, NFC tags, notes of a brukare (outgoing messages: registry.message). */
@RegistryTest
abstract class RegistryRecordsTest {

  private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 23, 8, 0);

  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  KeyRegistry keys;
  @Autowired
  ReceiptRegistry receipts;
  @Autowired
  NfcTagRegistry nfcTags;
  @Autowired
  NoteRegistry notes;
  @Autowired
  JdbcClient jdbc;

  long astrid;

  @BeforeEach
  void brukare() {
    astrid = registrar.register(TestBrukare.astrid());
  }

  @Test
  void keysAreRegisteredOncePerHolderAndNumber() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(astrid, "L-7", KeyHolder.LARMGRUPP);

    assertThat(keys.forBrukare(astrid))
        .extracting(Key::keyNumber, Key::holder)
        .containsExactly(tuple("H-12", KeyHolder.HEMTJANST), tuple("L-7", KeyHolder.LARMGRUPP));
  }

  @Test
  void nyckelpositionIsKept() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    long id = keys.forBrukare(astrid).get(0).id();

    keys.recordNyckelposition(id, "Nyckelskåp 3, krok 14");

    assertThat(keys.forBrukare(astrid).get(0).nyckelposition()).isEqualTo("Nyckelskåp 3, krok 14");
  }

  @Test
  void unknownKeyHolderIsRejected() {
    // issued_to as holder, so that only the holder check can object (V4: a set not returned is
    // with whom it was issued to)
    assertThatThrownBy(() -> jdbc.sql("""
            insert into physical_key (brukare_id, key_number, holder, issued_to, registered_at)
            values (:id, 'X', 'GRANNE', 'GRANNE', current_timestamp)""").param("id", astrid).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .message().containsIgnoringCase("ck_physical_key_");
  }

  @Test
  void receiptsKeepWhoSignedWhenAndWhere() {
    long id = receipts.record(astrid, ReceiptKind.NYCKELKVITTENS, "Astrid Andersson", MORNING, null);
    receipts.recordKeptAt(id, "Pärm hemvårdsområde Norra");

    assertThat(receipts.forBrukare(astrid)).singleElement().satisfies(receipt -> {
      assertThat(receipt.kind()).isEqualTo(ReceiptKind.NYCKELKVITTENS);
      assertThat(receipt.signedAt()).isEqualTo(MORNING);
      assertThat(receipt.keptAt()).isEqualTo("Pärm hemvårdsområde Norra");
    });
  }

  @Test
  void oneNfcTagIsUpAtATime() {
    assertThat(nfcTags.putUp(astrid, MORNING)).isTrue();
    assertThat(nfcTags.putUp(astrid, MORNING.plusHours(1))).isFalse();
    assertThat(nfcTags.hasTagUp(astrid)).isTrue();

    assertThat(nfcTags.takeDown(astrid, MORNING.plusDays(3))).isTrue();
    assertThat(nfcTags.takeDown(astrid, MORNING.plusDays(4))).isFalse();

    assertThat(nfcTags.forBrukare(astrid)).singleElement()
        .extracting(NfcTag::putUpAt, NfcTag::takenDownAt)
        .containsExactly(MORNING, MORNING.plusDays(3));
  }

  @Test
  void aSecondTagUpIsImpossible() {
    nfcTags.putUp(astrid, MORNING);

    assertThatThrownBy(() -> jdbc.sql("""
            insert into nfc_tag (brukare_id, put_up_at, active_brukare_id)
            values (:id, current_timestamp, :id)""").param("id", astrid).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aStandardNoteIsWrittenOnce() {
    assertThat(notes.writeOnce(astrid, "Har kodlås på ytterdörr.", "Processen")).isTrue();
    assertThat(notes.writeOnce(astrid, "Har kodlås på ytterdörr.", "Processen")).isFalse();

    assertThat(notes.forBrukare(astrid)).singleElement()
        .extracting(Note::text, Note::author, Note::createdAt)
        .containsExactly("Har kodlås på ytterdörr.", "Processen", RegistryTestClock.NOW);
  }
}

package se.digitalalas.registry.key;

import static org.assertj.core.api.Assertions.*;

import java.sql.Types;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;

/** Keys handed back to the brukare (LP §4.5) and the V4 rules that keep their history. */
@RegistryTest
abstract class KeyRegistryTest {

  private static final LocalDateTime NOW = RegistryTestClock.NOW;
  private static final LocalDateTime EARLIER = LocalDateTime.of(2026, 3, 2, 9, 0);

  @Autowired
  KeyRegistry keys;
  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  long astrid;
  long bertil;

  @BeforeEach
  void brukare() {
    astrid = registrar.register(TestBrukare.astrid());
    bertil = registrar.register(TestBrukare.at(TestBrukare.BERTIL, "Bertil Andersson", "Storgatan 1"));
  }

  @Test
  void aNewSetIsWithWhomItWasIssuedTo() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);

    assertThat(keys.forBrukare(astrid)).singleElement().satisfies(key -> {
      assertThat(key.brukareId()).isEqualTo(astrid);
      assertThat(key.keyNumber()).isEqualTo("H-12");
      assertThat(key.holder()).isEqualTo(KeyHolder.HEMTJANST);
      assertThat(key.issuedTo()).isEqualTo(KeyHolder.HEMTJANST);
      assertThat(key.registeredAt()).isEqualTo(NOW);
      assertThat(key.returnedAt()).isNull();
    });
  }

  @Test
  void aReturnedSetStaysOnTheRecordWithTheBrukareAsHolder() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    backdateRegistration();

    assertThat(keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST))).isEqualTo(1);

    assertThat(keys.forBrukare(astrid)).singleElement().satisfies(key -> {
      assertThat(key.keyNumber()).isEqualTo("H-12");
      assertThat(key.holder()).isEqualTo(KeyHolder.BRUKARE);
      assertThat(key.issuedTo()).as("who had it").isEqualTo(KeyHolder.HEMTJANST);
      assertThat(key.returnedAt()).isEqualTo(NOW);
      assertThat(key.registeredAt()).as("when it was issued").isEqualTo(EARLIER);
    });
  }

  @Test
  void onlyTheSetsOfTheNamedIssuersGoBack() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(astrid, "L-7", KeyHolder.LARMGRUPP);
    keys.register(astrid, "N-3", KeyHolder.NATTGRUPP);

    assertThat(keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST))).isEqualTo(1);

    assertThat(keys.forBrukare(astrid))
        .extracting(Key::keyNumber, Key::holder, Key::issuedTo, Key::returnedAt)
        .containsExactly(
            tuple("H-12", KeyHolder.BRUKARE, KeyHolder.HEMTJANST, NOW),
            tuple("L-7", KeyHolder.LARMGRUPP, KeyHolder.LARMGRUPP, null),
            tuple("N-3", KeyHolder.NATTGRUPP, KeyHolder.NATTGRUPP, null));
  }

  @Test
  void everySetGoesBackAtTheRemoval() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(astrid, "L-7", KeyHolder.LARMGRUPP);
    keys.register(astrid, "N-3", KeyHolder.NATTGRUPP);

    assertThat(keys.returnToBrukare(astrid, EnumSet.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP)))
        .isEqualTo(3);

    assertThat(keys.forBrukare(astrid)).hasSize(3)
        .allSatisfy(key -> {
          assertThat(key.holder()).isEqualTo(KeyHolder.BRUKARE);
          assertThat(key.returnedAt()).isEqualTo(NOW);
        })
        .extracting(Key::issuedTo)
        .containsExactly(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP);
  }

  @Test
  void onlyTheNamedBrukaresSetsGoBack() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.register(bertil, "H-13", KeyHolder.HEMTJANST);

    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));

    assertThat(keys.forBrukare(bertil)).singleElement()
        .extracting(Key::holder, Key::returnedAt)
        .containsExactly(KeyHolder.HEMTJANST, null);
  }

  @Test
  void aSetReturnedBeforeKeepsItsReturnTime() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));
    jdbc.sql("update physical_key set returned_at = :earlier where brukare_id = :id")
        .param("earlier", EARLIER).param("id", astrid).update();

    assertThat(keys.returnToBrukare(astrid, EnumSet.allOf(KeyHolder.class))).isZero();

    assertThat(keys.forBrukare(astrid)).singleElement().extracting(Key::returnedAt).isEqualTo(EARLIER);
  }

  @Test
  void nothingNamedNothingReturned() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);

    assertThat(keys.returnToBrukare(astrid, Set.of())).isZero();
    assertThat(keys.returnToBrukare(astrid, Set.of(KeyHolder.LARMGRUPP))).isZero();
    assertThat(keys.returnToBrukare(bertil, Set.of(KeyHolder.HEMTJANST))).as("bertil has no keys").isZero();

    assertThat(keys.forBrukare(astrid)).singleElement().extracting(Key::holder).isEqualTo(KeyHolder.HEMTJANST);
  }

  @Test
  void aReturnedSetHandedOutAgainIsWithItsHolderAgain() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));

    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);

    assertThat(keys.forBrukare(astrid)).singleElement().satisfies(key -> {
      assertThat(key.holder()).isEqualTo(KeyHolder.HEMTJANST);
      assertThat(key.issuedTo()).isEqualTo(KeyHolder.HEMTJANST);
      assertThat(key.returnedAt()).isNull();
      assertThat(key.registeredAt()).isEqualTo(NOW);
    });
  }

  @Test
  void aReissuedSetGoesBackAgainAtTheNextRemoval() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);

    assertThat(keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST))).isEqualTo(1);

    assertThat(keys.forBrukare(astrid)).singleElement()
        .extracting(Key::holder, Key::returnedAt).containsExactly(KeyHolder.BRUKARE, NOW);
  }

  @Test
  void theSameNumberIssuedToAnotherHolderIsAnotherSetAndTheReturnedOneStaysReturned() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));

    keys.register(astrid, "H-12", KeyHolder.LARMGRUPP);

    assertThat(keys.forBrukare(astrid))
        .extracting(Key::keyNumber, Key::holder, Key::issuedTo)
        .containsExactlyInAnyOrder(
            tuple("H-12", KeyHolder.BRUKARE, KeyHolder.HEMTJANST),
            tuple("H-12", KeyHolder.LARMGRUPP, KeyHolder.LARMGRUPP));
  }

  @Test
  void registeringASetStillWithItsHolderChangesNothing() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    backdateRegistration();

    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);

    assertThat(keys.forBrukare(astrid)).singleElement()
        .extracting(Key::holder, Key::registeredAt).containsExactly(KeyHolder.HEMTJANST, EARLIER);
  }

  @Test
  void aReturnedSetMustBeWithTheBrukare() {
    assertViolates("ck_physical_key_returned", () -> insert("X-1", "HEMTJANST", "HEMTJANST", NOW));
    assertViolates("ck_physical_key_returned", () -> insert("X-2", "LARMGRUPP", "HEMTJANST", NOW));
  }

  @Test
  void aSetWithTheBrukareMustHaveBeenReturned() {
    assertViolates("ck_physical_key_returned", () -> insert("X-1", "BRUKARE", "HEMTJANST", null));
  }

  @Test
  void aSetNotReturnedIsWithWhomItWasIssuedTo() {
    assertViolates("ck_physical_key_returned", () -> insert("X-1", "LARMGRUPP", "HEMTJANST", null));
  }

  @Test
  void aReturnedSetCannotBeGivenAnotherHolderWithoutBeingIssuedAgain() {
    keys.register(astrid, "H-12", KeyHolder.HEMTJANST);
    keys.returnToBrukare(astrid, Set.of(KeyHolder.HEMTJANST));

    assertViolates("ck_physical_key_returned", () -> jdbc.sql(
            "update physical_key set holder = 'HEMTJANST' where brukare_id = :id")
        .param("id", astrid).update());
  }

  @Test
  void theRowsTheRegistryWritesSatisfyTheRules() {
    assertThatNoException().isThrownBy(() -> insert("X-1", "BRUKARE", "HEMTJANST", NOW));
    assertThatNoException().isThrownBy(() -> insert("X-2", "NATTGRUPP", "NATTGRUPP", null));
  }

  @Test
  void everySetNamesWhomItWasIssuedTo() {
    assertThatThrownBy(() -> inSavepoint(() -> insert("X-1", "HEMTJANST", null, null)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertViolates("ck_physical_key_issued_to", () -> insert("X-2", "BRUKARE", "GRANNE", NOW));
  }

  @Test
  void aSetIsIdentifiedByBrukareIssuerAndNumber() {
    insert("X-1", "BRUKARE", "HEMTJANST", NOW);

    assertThatThrownBy(() -> inSavepoint(() -> insert("X-1", "HEMTJANST", "HEMTJANST", null)))
        .as("returned or not, the same set").isInstanceOf(DuplicateKeyException.class);
    assertThatNoException().isThrownBy(() -> insert("X-1", "LARMGRUPP", "LARMGRUPP", null));
  }

  private void backdateRegistration() {
    jdbc.sql("update physical_key set registered_at = :earlier where brukare_id = :id")
        .param("earlier", EARLIER).param("id", astrid).update();
  }

  private void insert(String keyNumber, String holder, String issuedTo, LocalDateTime returnedAt) {
    jdbc.sql("""
            insert into physical_key (brukare_id, key_number, holder, issued_to, registered_at, returned_at)
            values (:id, :keyNumber, :holder, :issuedTo, :registeredAt, :returnedAt)""")
        .param("id", astrid)
        .param("keyNumber", keyNumber)
        .param("holder", holder)
        .param("issuedTo", issuedTo, Types.VARCHAR)
        .param("registeredAt", EARLIER)
        .param("returnedAt", returnedAt, Types.TIMESTAMP)
        .update();
  }

  /**
   * A rejected write under a savepoint, as the registry itself writes: PostgreSQL aborts the
   * whole transaction on an error, so the test can go on after it.
   */
  private void inSavepoint(Runnable write) {
    TransactionTemplate savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    savepoint.executeWithoutResult(status -> write.run());
  }

  private void assertViolates(String constraint, Runnable write) {
    assertThatThrownBy(() -> inSavepoint(write))
        .isInstanceOf(DataIntegrityViolationException.class)
        .message().containsIgnoringCase(constraint);
  }
}

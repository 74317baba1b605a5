package se.digitalalas.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.casereference.CaseReferences;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.overview.BrukareOverviewReader;
import se.digitalalas.registry.receipt.ReceiptRegistry;
import se.digitalalas.registry.running.RunningRoutineRegistry;
import se.digitalalas.registry.utforare.UtforareRegistry;
import se.digitalalas.testsupport.EmbeddedPostgresInitializer;

/**
 * The registry against a real database migrated by Flyway, each test in a transaction that is
 * rolled back. Every registry test runs on both databases: the tests are in an abstract class
 * annotated {@code @RegistryTest}, and two empty subclasses choose the database,
 * {@code FooOnH2Test} annotated {@link OnH2} and {@code FooOnPostgresTest} annotated
 * {@link OnPostgres}.
 *
 * <p>{@code @RegistryTest} belongs on the class that declares the test methods (Spring looks for
 * its {@code @Transactional} there), the database annotation on the concrete subclass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({
    RegistryTestClock.class,
    BrukareRegistry.class,
    BrukareRegistrar.class,
    HouseholdRegistry.class,
    LockRegistry.class,
    KeyRegistry.class,
    ReceiptRegistry.class,
    NfcTagRegistry.class,
    NoteRegistry.class,
    OutgoingMessageRegistry.class,
    BrukareOverviewReader.class,
    RunningRoutineRegistry.class,
    CaseReferences.class,
    UtforareRegistry.class
})
public @interface RegistryTest {

  /** The registry on in-memory H2, the database of the default profile. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @TestPropertySource(properties = {
      "spring.datasource.url=jdbc:h2:mem:registry-test;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
  })
  @interface OnH2 {
  }

  /** The registry on the test JVM's embedded PostgreSQL server, the production database. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
  @interface OnPostgres {
  }
}

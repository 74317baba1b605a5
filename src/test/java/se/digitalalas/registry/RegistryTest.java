package se.digitalalas.registry;

import se.digitalalas.registry.overview.BrukareOverviewReader;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.household.HouseholdRegistry;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.registry.nfc.NfcTagRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/**
 * The registry against a real database migrated by Flyway: in-memory H2 by default; set
 * REGISTRY_TEST_DB_URL (+ _USER, _PASSWORD) to run the same tests against PostgreSQL.
 * Each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@TestPropertySource(properties = {
    "spring.datasource.url=${REGISTRY_TEST_DB_URL:jdbc:h2:mem:registry-test;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${REGISTRY_TEST_DB_USER:sa}",
    "spring.datasource.password=${REGISTRY_TEST_DB_PASSWORD:}"
})
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
    BrukareOverviewReader.class
})
public @interface RegistryTest {
}

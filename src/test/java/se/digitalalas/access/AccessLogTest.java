package se.digitalalas.access;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;

/**
 * The access_log table (Flyway V6) and {@link AccessLog} on both databases. A read commits in its
 * own transaction, outside the test's rolled-back one, so each test works on its own brukare id.
 */
@RegistryTest
@Import(AccessLog.class)
abstract class AccessLogTest {

  private static final Staff HANNA = new Staff("hanna", List.of("hemtjanstutforare", "montor"), false);

  @Autowired
  AccessLog log;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  long brukare = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);

  @Test
  void aReadIsOneEntryWithWhoWhichGroupsWhatWhenAndWhetherAllowed() {
    log.read(HANNA, brukare, "Läste brukarens registerpost", AccessChannel.API, false);

    assertThat(log.find(new AccessLogQuery(brukare, null, null, null))).singleElement().satisfies(entry -> {
      assertThat(entry.at()).isEqualTo(RegistryTestClock.NOW);
      assertThat(entry.userId()).isEqualTo("hanna");
      assertThat(entry.groupIds()).containsExactly("hemtjanstutforare", "montor");
      assertThat(entry.brukareId()).isEqualTo(brukare);
      assertThat(entry.action()).isEqualTo(AccessAction.READ);
      assertThat(entry.what()).isEqualTo("Läste brukarens registerpost");
      assertThat(entry.channel()).isEqualTo(AccessChannel.API);
      assertThat(entry.allowed()).isFalse();
    });
  }

  @Test
  void aReadStaysLoggedWhenTheTransactionAroundItRollsBack() {
    TransactionTemplate outer = new TransactionTemplate(transactions);
    outer.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    outer.executeWithoutResult(status -> {
      log.read(HANNA, brukare, "Läste", AccessChannel.TASKLIST, true);
      log.change("hanna", List.of(), brukare, "Registrerade nyckel", AccessChannel.DELEGATE);
      status.setRollbackOnly();
    });

    assertThat(log.find(new AccessLogQuery(brukare, null, null, null)))
        .extracting(AccessLogEntry::action).containsExactly(AccessAction.READ);
  }

  @Test
  void aChangeIsLoggedInTheCallersTransaction() {
    log.change("tjansten", List.of(), brukare, "Registrerade nyckel", AccessChannel.DELEGATE);

    assertThat(log.find(new AccessLogQuery(brukare, "tjansten", null, null))).singleElement().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo(AccessAction.CHANGE);
      assertThat(entry.groupIds()).isEmpty();
      assertThat(entry.allowed()).isTrue();
    });
  }

  @Test
  void aSearchWithoutMatchHasNoBrukare() {
    String user = "u" + brukare;
    log.read(new Staff(user, List.of("kommunvagledare"), false), null, "Sökte", AccessChannel.API, false);

    assertThat(log.find(new AccessLogQuery(null, user, null, null))).singleElement()
        .satisfies(entry -> assertThat(entry.brukareId()).isNull());
  }

  @Test
  void theReviewSelectsByBrukareUserAndDaysBothEndsIncluded() {
    insert("eva", LocalDateTime.of(2026, 11, 1, 0, 0));
    insert("eva", LocalDateTime.of(2026, 11, 10, 23, 59, 59));
    insert("lars", LocalDateTime.of(2026, 11, 5, 12, 0));
    insert("eva", LocalDateTime.of(2026, 11, 11, 0, 0));
    insert("eva", LocalDateTime.of(2026, 10, 31, 23, 59, 59));

    List<AccessLogEntry> eva = log.find(new AccessLogQuery(brukare, "eva",
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)));
    assertThat(eva).extracting(AccessLogEntry::at).containsExactly(
        LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 11, 10, 23, 59, 59));
    assertThat(log.find(new AccessLogQuery(brukare, null, null, null))).hasSize(5);
    assertThat(log.find(new AccessLogQuery(brukare, null, LocalDate.of(2026, 11, 11), null))).hasSize(1);
  }

  @Test
  void thePurgeForgetsOnlyWhatIsOlderThanTheCutoff() {
    insert("eva", LocalDateTime.of(2021, 11, 22, 23, 59));
    insert("eva", LocalDateTime.of(2021, 11, 23, 0, 0));

    log.purgeBefore(LocalDateTime.of(2021, 11, 23, 0, 0));

    assertThat(log.find(new AccessLogQuery(brukare, null, null, null))).extracting(AccessLogEntry::at)
        .containsExactly(LocalDateTime.of(2021, 11, 23, 0, 0));
  }

  @Test
  void theTableKnowsOnlyTheActionsAndChannels() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into access_log (accessed_at, user_id, group_ids, brukare_id, action, what, channel, allowed)
            values (current_timestamp, 'x', '', 1, 'DELETE', 'x', 'API', true)""").update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private void insert(String user, LocalDateTime at) {
    jdbc.sql("""
            insert into access_log (accessed_at, user_id, group_ids, brukare_id, action, what, channel, allowed)
            values (:at, :user, 'enhetschef', :brukare, 'READ', 'Läste', 'API', true)""")
        .param("at", at).param("user", user).param("brukare", brukare).update();
  }
}

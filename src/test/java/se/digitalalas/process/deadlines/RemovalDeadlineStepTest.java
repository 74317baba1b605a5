package se.digitalalas.process.deadlines;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.process.variables.VariableScopes;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;

/**
 * removalDeadline: the three dates as java.util.Date, i.e. instants. Midnight in Europe/Stockholm
 * is 23:00 UTC in winter and 22:00 UTC in summer; the clock changes at 02:00/03:00 on the last
 * Sunday of March and of October, so local midnight always exists once.
 */
class RemovalDeadlineStepTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final long ID = 7L;

  private final BrukareRegistry brukare = mock(BrukareRegistry.class);

  @Test
  void theLastDayEndsAtItsLastMinuteAndTheTimersAtLocalMidnights() throws Exception {
    DelegateExecution execution = deadlineFor(LocalDate.of(2026, 11, 23), null);

    assertThat(senast(execution)).isEqualTo(Instant.parse("2026-12-07T22:59:00Z"));
    assertThat(paminnelse(execution)).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    assertThat(eskalering(execution)).isEqualTo(Instant.parse("2026-12-07T23:00:00Z"));
  }

  @Test
  void theLaterOfTheTwoClosingDatesCounts() throws Exception {
    DelegateExecution larmLater = deadlineFor(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20));
    DelegateExecution hemtjanstLater = deadlineFor(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 10));

    assertThat(senast(larmLater)).isEqualTo(lastMinute(LocalDate.of(2026, 12, 4)));
    assertThat(senast(hemtjanstLater)).isEqualTo(lastMinute(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void onlyTrygghetslarmClosedCountsFromItsDate() throws Exception {
    DelegateExecution execution = deadlineFor(null, LocalDate.of(2026, 11, 20));

    assertThat(senast(execution)).isEqualTo(lastMinute(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void withoutAClosedVerkstallighetTheRoutineIsWrongNotTheUser() {
    assertThatThrownBy(() -> deadlineFor(null, null))
        .isInstanceOf(ProcessDataMissing.class)
        .hasMessageContaining(VERKSTALLIGHET_AVSLUTAD_DATUM.name());
  }

  @Test
  void leapYearAndOrdinaryFebruary() throws Exception {
    assertThat(senast(deadlineFor(LocalDate.of(2028, 2, 15), null))).isEqualTo(lastMinute(LocalDate.of(2028, 2, 29)));
    assertThat(eskalering(deadlineFor(LocalDate.of(2028, 2, 15), null))).isEqualTo(midnight(LocalDate.of(2028, 3, 1)));
    assertThat(senast(deadlineFor(LocalDate.of(2027, 2, 15), null))).isEqualTo(lastMinute(LocalDate.of(2027, 3, 1)));
    assertThat(paminnelse(deadlineFor(LocalDate.of(2027, 2, 15), null))).isEqualTo(midnight(LocalDate.of(2027, 2, 26)));
  }

  @Test
  void overTheYearEnd() throws Exception {
    DelegateExecution execution = deadlineFor(LocalDate.of(2026, 12, 20), null);

    assertThat(senast(execution)).isEqualTo(Instant.parse("2027-01-03T22:59:00Z"));
    assertThat(paminnelse(execution)).isEqualTo(Instant.parse("2026-12-30T23:00:00Z"));
    assertThat(eskalering(execution)).isEqualTo(Instant.parse("2027-01-03T23:00:00Z"));
  }

  @Test
  void theLastDayIsTheDaySummerTimeBegins() throws Exception {
    // 2027-03-28 is the last Sunday of March: 02:00 CET becomes 03:00 CEST
    DelegateExecution execution = deadlineFor(LocalDate.of(2027, 3, 14), null);

    assertThat(paminnelse(execution)).isEqualTo(Instant.parse("2027-03-24T23:00:00Z"));
    assertThat(senast(execution)).isEqualTo(Instant.parse("2027-03-28T21:59:00Z"));
    assertThat(eskalering(execution)).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
    assertThat(Duration.between(midnight(LocalDate.of(2027, 3, 28)), eskalering(execution)))
        .as("the last day has 23 hours").isEqualTo(Duration.ofHours(23));
  }

  @Test
  void theReminderIsInWinterTimeAndTheLastDayInSummerTime() throws Exception {
    // last day 2027-03-30: reminder 2027-03-27 (CET), the change lies between them
    DelegateExecution execution = deadlineFor(LocalDate.of(2027, 3, 16), null);

    assertThat(paminnelse(execution)).isEqualTo(Instant.parse("2027-03-26T23:00:00Z"));
    assertThat(senast(execution)).isEqualTo(Instant.parse("2027-03-30T21:59:00Z"));
    assertThat(Duration.between(paminnelse(execution), midnight(LocalDate.of(2027, 3, 30))))
        .as("three calendar days, one hour short").isEqualTo(Duration.ofHours(71));
  }

  @Test
  void theLastDayIsTheDayWinterTimeBegins() throws Exception {
    // 2026-10-25 is the last Sunday of October: 03:00 CEST becomes 02:00 CET
    DelegateExecution execution = deadlineFor(LocalDate.of(2026, 10, 11), null);

    assertThat(paminnelse(execution)).isEqualTo(Instant.parse("2026-10-21T22:00:00Z"));
    assertThat(senast(execution)).isEqualTo(Instant.parse("2026-10-25T22:59:00Z"));
    assertThat(eskalering(execution)).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    assertThat(Duration.between(midnight(LocalDate.of(2026, 10, 25)), eskalering(execution)))
        .as("the last day has 25 hours").isEqualTo(Duration.ofHours(25));
  }

  @Test
  void theEscalationIsTheDayAfterWinterTimeBegan() throws Exception {
    // 2027-10-31 is the last Sunday of October 2027; last day 2027-10-30, escalation on the 31st
    DelegateExecution execution = deadlineFor(LocalDate.of(2027, 10, 16), null);

    assertThat(senast(execution)).isEqualTo(Instant.parse("2027-10-30T21:59:00Z"));
    assertThat(eskalering(execution)).isEqualTo(Instant.parse("2027-10-30T22:00:00Z"));
  }

  @Test
  void theDatesReadBackAsTheSameLocalDates() throws Exception {
    DelegateExecution execution = deadlineFor(LocalDate.of(2027, 3, 14), null);

    assertThat(NEDMONTERING_SENAST.date(execution, STOCKHOLM)).contains(LocalDate.of(2027, 3, 28));
    assertThat(NEDMONTERING_PAMINNELSE.date(execution, STOCKHOLM)).contains(LocalDate.of(2027, 3, 25));
    assertThat(NEDMONTERING_ESKALERING.date(execution, STOCKHOLM)).contains(LocalDate.of(2027, 3, 29));
  }

  private DelegateExecution deadlineFor(LocalDate hemtjanstClosed, LocalDate larmClosed) throws Exception {
    when(brukare.require(ID)).thenReturn(closed(hemtjanstClosed, larmClosed));
    LocalDate today = hemtjanstClosed != null ? hemtjanstClosed
        : larmClosed != null ? larmClosed : LocalDate.of(2026, 11, 23);
    Clock clock = Clock.fixed(today.atTime(14, 30).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
    DelegateExecution execution = VariableScopes.execution(Map.of(BRUKARE_ID.name(), ID));
    new RemovalDeadlineStep(brukare, clock).execute(execution);
    return execution;
  }

  private static Brukare closed(LocalDate hemtjanstClosed, LocalDate larmClosed) {
    return new Brukare(ID, "194403052386", "Astrid Andersson", null, 3L, "Norra", null,
        hemtjanstClosed == null, larmClosed == null, LocalDate.of(2020, 5, 4),
        LocalDate.of(2020, 5, 11), hemtjanstClosed, LocalDate.of(2020, 5, 11), larmClosed);
  }

  private static Instant lastMinute(LocalDate date) {
    return date.atTime(23, 59).atZone(STOCKHOLM).toInstant();
  }

  private static Instant midnight(LocalDate date) {
    return date.atStartOfDay(STOCKHOLM).toInstant();
  }

  private static Instant senast(DelegateExecution execution) {
    return instant(execution, NEDMONTERING_SENAST.name());
  }

  private static Instant paminnelse(DelegateExecution execution) {
    return instant(execution, NEDMONTERING_PAMINNELSE.name());
  }

  private static Instant eskalering(DelegateExecution execution) {
    return instant(execution, NEDMONTERING_ESKALERING.name());
  }

  private static Instant instant(DelegateExecution execution, String name) {
    assertThat(execution.getVariable(name)).as(name).isInstanceOf(Date.class);
    return ((Date) execution.getVariable(name)).toInstant();
  }
}

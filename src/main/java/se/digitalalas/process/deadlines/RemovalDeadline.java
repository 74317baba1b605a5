package se.digitalalas.process.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The Phoniro 14-day rule (LP §2b.5, §3b.3): a closed verkställighet stays visible in Phoniro for
 * 14 days, so the lock is off the door within 14 calendar days of the last closing date. The
 * larmhandläggare is reminded three calendar days before; the day after, a lock still up is late.
 */
public record RemovalDeadline(LocalDate lastDay) {

  static final int CALENDAR_DAYS = 14;
  static final int REMINDER_DAYS_BEFORE = 3;
  private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

  public static RemovalDeadline from(LocalDate lastClosing) {
    return new RemovalDeadline(lastClosing.plusDays(CALENDAR_DAYS));
  }

  /** The last minute of the last day: the removal tasks are due then, not overdue during it. */
  public LocalDateTime due() {
    return lastDay.atTime(LAST_MINUTE);
  }

  public LocalDateTime reminder() {
    return lastDay.minusDays(REMINDER_DAYS_BEFORE).atStartOfDay();
  }

  public LocalDateTime escalation() {
    return lastDay.plusDays(1).atStartOfDay();
  }
}

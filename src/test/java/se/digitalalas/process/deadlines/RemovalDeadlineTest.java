package se.digitalalas.process.deadlines;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The Phoniro 14-day rule in calendar days: month ends, year end, leap days. */
class RemovalDeadlineTest {

  @Test
  void fourteenCalendarDaysAfterTheLastClosingWeekendsAndHolidaysIncluded() {
    // 2026-12-17 (Thu): the 14 days run over julafton, juldagen, annandag jul and nyårsafton
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 12, 17)).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 11, 23)).lastDay()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void overAMonthEnd() {
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 1, 20)).lastDay()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 4, 30)).lastDay()).isEqualTo(LocalDate.of(2026, 5, 14));
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 8, 31)).lastDay()).isEqualTo(LocalDate.of(2026, 9, 14));
  }

  @Test
  void overTheYearEnd() {
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 12, 20)).lastDay()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 12, 31)).lastDay()).isEqualTo(LocalDate.of(2027, 1, 14));
  }

  @Test
  void aLeapYearsFebruaryHas29Days() {
    assertThat(RemovalDeadline.from(LocalDate.of(2028, 2, 15)).lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(RemovalDeadline.from(LocalDate.of(2028, 2, 16)).lastDay()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(RemovalDeadline.from(LocalDate.of(2028, 2, 29)).lastDay()).isEqualTo(LocalDate.of(2028, 3, 14));
  }

  @Test
  void anOrdinaryFebruaryHas28Days() {
    assertThat(RemovalDeadline.from(LocalDate.of(2027, 2, 15)).lastDay()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(RemovalDeadline.from(LocalDate.of(2027, 2, 14)).lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void theReminderIsThreeCalendarDaysBeforeAtTheStartOfTheDay() {
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 11, 23)).reminder())
        .isEqualTo(LocalDateTime.of(2026, 12, 4, 0, 0));
  }

  @Test
  void theReminderGoesBackOverAMonthEndAndALeapDay() {
    // last day 2027-03-01: 28 Feb, 27 Feb, 26 Feb
    assertThat(RemovalDeadline.from(LocalDate.of(2027, 2, 15)).reminder())
        .isEqualTo(LocalDateTime.of(2027, 2, 26, 0, 0));
    // last day 2028-03-01: 29 Feb, 28 Feb, 27 Feb
    assertThat(RemovalDeadline.from(LocalDate.of(2028, 2, 16)).reminder())
        .isEqualTo(LocalDateTime.of(2028, 2, 27, 0, 0));
    // last day 2027-01-02: the reminder is in the old year
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 12, 19)).reminder())
        .isEqualTo(LocalDateTime.of(2026, 12, 30, 0, 0));
  }

  @Test
  void theEscalationIsTheDayAfterTheLastDayAtTheStartOfTheDay() {
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 11, 23)).escalation())
        .isEqualTo(LocalDateTime.of(2026, 12, 8, 0, 0));
    assertThat(RemovalDeadline.from(LocalDate.of(2028, 2, 15)).escalation())
        .as("the day after 29 February").isEqualTo(LocalDateTime.of(2028, 3, 1, 0, 0));
    assertThat(RemovalDeadline.from(LocalDate.of(2027, 2, 14)).escalation())
        .as("the day after 28 February").isEqualTo(LocalDateTime.of(2027, 3, 1, 0, 0));
    assertThat(RemovalDeadline.from(LocalDate.of(2026, 12, 17)).escalation())
        .as("the day after nyårsafton").isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 0));
  }

  @Test
  void theWholeLastDayIsWithinTheDeadline() {
    RemovalDeadline deadline = RemovalDeadline.from(LocalDate.of(2026, 11, 23));

    assertThat(deadline.reminder()).isBefore(deadline.lastDay().atStartOfDay());
    assertThat(deadline.escalation()).isEqualTo(deadline.lastDay().atTime(23, 59, 59).plusSeconds(1));
  }
}

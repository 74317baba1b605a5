package se.digitalalas.process.deadlines;

import static org.assertj.core.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays();

  @Test
  void midsommaraftonIsNotAWorkingDay() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 6, 25))).isFalse();
  }

  @Test
  void julaftonAndNyarsaftonAreNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void langfredagAndAnnandagPaskAreNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
  }

  @Test
  void weekendIsNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
  }

  @Test
  void fiveWorkingDaysSkipTheWeekend() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 18), 5))
        .isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void fiveWorkingDaysOverEasterSkipLangfredagAndAnnandagPask() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 4, 1), 5))
        .isEqualTo(LocalDate.of(2026, 4, 10));
  }

  @Test
  void fiveWorkingDaysOverMidsommar() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 6, 17), 5))
        .isEqualTo(LocalDate.of(2026, 6, 25));
  }

  @Test
  void fiveWorkingDaysOverChristmasAndNewYear() {
    // 23 Dec 2026 (Wed): 24, 25, 26 off; 28, 29, 30; 31 off; 1 Jan off; 4, 5 Jan
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 23), 5))
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void zeroWorkingDaysIsTheSameDate() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 21), 0))
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void negativeWorkingDaysCountBackwards() {
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 23), -1))
        .isEqualTo(LocalDate.of(2026, 11, 20));
  }
}

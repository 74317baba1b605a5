package se.digitalalas.process.variables;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;

class ProcessDatesTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  @Test
  void isoDateFromAForm() {
    assertThat(ProcessDates.toLocalDate("2026-11-22", ZONE, BESLUTSDATUM.name()))
        .isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void isoDateTimeFromAForm() {
    assertThat(ProcessDates.toLocalDateTime("2026-12-01T09:30", ZONE, "bokad tid"))
        .isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
  }

  @Test
  void isoDateTimeWithOffsetIsReadInTheServicesZone() {
    assertThat(ProcessDates.toLocalDateTime("2026-12-01T08:30:00Z", ZONE, "bokad tid"))
        .isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
    assertThat(ProcessDates.toLocalDateTime("2026-12-01T09:30+01:00", ZONE, "bokad tid"))
        .isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
  }

  @Test
  void dateFromRest() {
    Date date = Date.from(LocalDateTime.of(2026, 12, 1, 9, 30).atZone(ZONE).toInstant());

    assertThat(ProcessDates.toLocalDateTime(date, ZONE, "bokad tid"))
        .isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
    assertThat(ProcessDates.toDate(LocalDateTime.of(2026, 12, 1, 9, 30), ZONE)).isEqualTo(date);
  }

  @Test
  void missingIsNull() {
    assertThat(ProcessDates.toLocalDate(null, ZONE, BESLUTSDATUM.name())).isNull();
    assertThat(ProcessDates.toLocalDate(" ", ZONE, BESLUTSDATUM.name())).isNull();
  }

  @Test
  void garbageIsRefusedInSwedish() {
    assertThatThrownBy(() -> ProcessDates.toLocalDate("22/11/2026", ZONE, BESLUTSDATUM.name()))
        .isInstanceOf(Refusal.class)
        .hasMessageStartingWith("Ogiltigt datum för beslutsdatum: 22/11/2026");
  }
}

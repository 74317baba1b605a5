package se.digitalalas.process.deadlines;

import static org.assertj.core.api.Assertions.*;
import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.VariableScopes;

class InstallationReminderTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  @Test
  void fiveWorkingDaysLaterAtTheSameTime() throws Exception {
    DelegateExecution execution = remindFrom(LocalDateTime.of(2026, 11, 23, 10, 15));

    assertThat(execution.getVariable(INSTALLATION_PAMINNELSE.name()))
        .isEqualTo(date(LocalDateTime.of(2026, 11, 30, 10, 15)));
  }

  @Test
  void swedishHolidaysAreNotCounted() throws Exception {
    DelegateExecution execution = remindFrom(LocalDateTime.of(2026, 6, 17, 14, 0));

    assertThat(execution.getVariable(INSTALLATION_PAMINNELSE.name()))
        .isEqualTo(date(LocalDateTime.of(2026, 6, 25, 14, 0)));
  }

  private static DelegateExecution remindFrom(LocalDateTime now) throws Exception {
    Clock clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
    DelegateExecution execution = VariableScopes.execution(Map.of());
    new InstallationReminder(new WorkingDays(), clock).execute(execution);
    return execution;
  }

  private static Date date(LocalDateTime dateTime) {
    return Date.from(dateTime.atZone(ZONE).toInstant());
  }
}

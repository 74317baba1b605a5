package se.digitalalas.routine.tunstallbestallning;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import se.digitalalas.process.deadlines.WorkingDays;

/** laskvittensPaminnelse: the configured number of arbetsdagar after the installation. */
@Component("laskvittensReminder")
@EnableConfigurationProperties(LaskvittensProperties.class)
class LaskvittensReminder implements JavaDelegate {

  private final WorkingDays workingDays;
  private final LaskvittensProperties properties;
  private final Clock clock;

  LaskvittensReminder(WorkingDays workingDays, LaskvittensProperties properties, Clock clock) {
    this.workingDays = workingDays;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime reminder = workingDays.plusWorkingDays(now.toLocalDate(), properties.paminnelseArbetsdagar())
        .atTime(now.toLocalTime());
    LASKVITTENS_PAMINNELSE.set(execution, reminder, clock.getZone());
  }
}

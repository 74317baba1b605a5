package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * uppfoljningPaminnelse: at 08:00 the configured time before the decision's end date, or now when
 * that has already passed; none for a decision without an end date (it holds until further notice).
 */
@Component("decisionFollowUpReminder")
@EnableConfigurationProperties(DecisionFollowUpProperties.class)
class DecisionFollowUpReminder implements JavaDelegate {

  private final DecisionFollowUpProperties properties;
  private final Clock clock;

  DecisionFollowUpReminder(DecisionFollowUpProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<LocalDate> slutdatum = BESLUT_SLUTDATUM.date(execution, clock.getZone());
    if (slutdatum.isEmpty()) {
      UPPFOLJNING_PAMINNELSE.set(execution, (Date) null);
      return;
    }
    LocalDateTime reminder = slutdatum.get().minus(properties.reminderAhead()).atTime(WebOrderReminder.REMINDER_TIME);
    LocalDateTime now = LocalDateTime.now(clock);
    UPPFOLJNING_PAMINNELSE.set(execution, reminder.isBefore(now) ? now : reminder, clock.getZone());
  }
}

package se.digitalalas.process.deadlines;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** installationPaminnelse: installing may take about 5 arbetsdagar (LP §5); then remind. */
@Component("installationReminder")
class InstallationReminder implements JavaDelegate {

  static final int INSTALLATION_WORKING_DAYS = 5;

  private final WorkingDays workingDays;
  private final Clock clock;

  InstallationReminder(WorkingDays workingDays, Clock clock) {
    this.workingDays = workingDays;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime reminder = workingDays
        .plusWorkingDays(now.toLocalDate(), INSTALLATION_WORKING_DAYS)
        .atTime(now.toLocalTime());
    INSTALLATION_PAMINNELSE.set(execution, reminder, clock.getZone());
  }
}

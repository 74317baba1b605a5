package se.digitalalas.routine.monteringbistandsbedomd;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.deadlines.WorkingDays;
import se.digitalalas.process.variables.ProcessDates;

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
    new MonteringVariables(execution)
        .setInstallationPaminnelse(ProcessDates.toDate(reminder, clock.getZone()));
  }
}

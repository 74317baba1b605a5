package se.digitalalas.process.variables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A date or date-time: java.util.Date over REST, an ISO string from Camunda Forms (see
 * {@link ProcessDates}); an unreadable value is refused naming the field.
 */
public final class DateVariable extends ContractVariable {

  DateVariable(String name, String label) {
    super(name, label);
  }

  public Optional<LocalDateTime> dateTime(VariableScope scope, ZoneId zone) {
    return Optional.ofNullable(ProcessDates.toLocalDateTime(scope.getVariable(name()), zone, label()));
  }

  public Optional<LocalDate> date(VariableScope scope, ZoneId zone) {
    return dateTime(scope, zone).map(LocalDateTime::toLocalDate);
  }

  public void set(VariableScope scope, LocalDateTime value, ZoneId zone) {
    scope.setVariable(name(), ProcessDates.toDate(value, zone));
  }

  public void set(VariableScope scope, Date value) {
    scope.setVariable(name(), value);
  }

  /** Readability does not depend on the zone; an unreadable date is refused naming the field. */
  @Override
  public boolean isAnswered(VariableScope scope) {
    return dateTime(scope, ZoneOffset.UTC).isPresent();
  }
}

package se.digitalalas.routine.lasvrednykund;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.refusal.Refusal;

/**
 * After Task_InformeraKund: the web order is due at the latest after the first visit (PT), so the
 * provider is reminded at 08:00 the morning after it (webbestallningPaminnelse, also the order
 * task's due date). A first visit more than a year away either way is a typing error.
 */
@Component("webOrderReminder")
class WebOrderReminder implements JavaDelegate {

  static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

  private final Clock clock;

  WebOrderReminder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate forstaBesok = FORSTA_BESOK.date(execution, clock.getZone())
        .orElseThrow(() -> new Refusal("Datum för första besöket saknas"));
    LocalDate today = LocalDate.now(clock);
    if (forstaBesok.isBefore(today.minusYears(1)) || forstaBesok.isAfter(today.plusYears(1))) {
      throw new Refusal("Datum för första besöket ska ligga inom ett år från i dag");
    }
    WEBBESTALLNING_PAMINNELSE.set(execution, forstaBesok.plusDays(1).atTime(REMINDER_TIME), clock.getZone());
  }
}

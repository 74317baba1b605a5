package se.digitalalas.outbound.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often meddelande-utskick retries a failed send: {@code ${outboxRetry.cycle()}} in the model,
 * digitalalas.outbox.retry-cycle in the configuration (Camunda's failedJobRetryTimeCycle syntax;
 * a list of intervals is one retry per interval after the first attempt).
 */
@Component("outboxRetry")
public class OutboxRetry {

  private final String cycle;

  public OutboxRetry(@Value("${digitalalas.outbox.retry-cycle}") String cycle) {
    this.cycle = cycle;
  }

  public String cycle() {
    return cycle;
  }
}

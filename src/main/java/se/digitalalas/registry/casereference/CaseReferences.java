package se.digitalalas.registry.casereference;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out case references, each number once (the sequence case_reference_number, V7). */
@Component
public class CaseReferences {

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseReferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public CaseReference next() {
    long number = jdbc.sql("select nextval('case_reference_number')").query(Long.class).single();
    return CaseReference.of(LocalDate.now(clock).getYear(), number);
  }
}

package se.digitalalas.routine.lasvrednykund;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * digitalalas.decision-follow-up.reminder-ahead: how long before a decision's end date the
 * biståndshandläggare is reminded to write the new investigation (PT, Uppföljning av beslut).
 */
@ConfigurationProperties("digitalalas.decision-follow-up")
record DecisionFollowUpProperties(Period reminderAhead) {

  static final Period DEFAULT_AHEAD = Period.ofDays(30);

  DecisionFollowUpProperties {
    if (reminderAhead == null) {
      reminderAhead = DEFAULT_AHEAD;
    }
    if (reminderAhead.isNegative() || reminderAhead.isZero()) {
      throw new IllegalArgumentException("digitalalas.decision-follow-up.reminder-ahead must be positive");
    }
  }
}

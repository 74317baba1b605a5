package se.digitalalas.access;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a night (03:30, the service's time zone) the access log forgets the entries older than
 * digitalalas.access.retention (default P5Y). An entry is kept at least that long.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccessLogRetention {

  private final AccessLog log;
  private final AccessProperties properties;
  private final Clock clock;

  AccessLogRetention(AccessLog log, AccessProperties properties, Clock clock) {
    this.log = log;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "0 30 3 * * *", zone = "${digitalalas.time-zone}")
  void purge() {
    log.purgeBefore(LocalDateTime.now(clock).minus(properties.retention()));
  }
}

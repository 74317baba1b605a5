package se.digitalalas.registry;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class RegistryTestClock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 15);

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
  }
}

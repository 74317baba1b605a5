package se.digitalalas;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DigitalaLasApplication {

  public static void main(String[] args) {
    SpringApplication.run(DigitalaLasApplication.class, args);
  }

  @Bean
  Clock clock(@Value("${digitalalas.time-zone}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}

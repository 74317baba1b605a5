package se.digitalalas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DigitalaLasApplication {

  public static void main(String[] args) {
    SpringApplication.run(DigitalaLasApplication.class, args);
  }
}

package se.digitalalas.outbound.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** digitalalas.mail.*: the service's sender address and the Digitala LÅS mail group. */
@ConfigurationProperties("digitalalas.mail")
public record DigitalaLasMailProperties(String from, String digitalaLasAddress) {
}

package se.digitalalas.outbound.phoniro;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** digitalalas.phoniro.*: where the web orders (installation and removal of a låsvred) are mailed. */
@ConfigurationProperties("digitalalas.phoniro")
public record PhoniroProperties(String webOrderAddress) {
}

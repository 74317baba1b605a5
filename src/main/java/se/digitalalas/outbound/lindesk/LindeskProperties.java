package se.digitalalas.outbound.lindesk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** digitalalas.lindesk.*: where the tickets to välfärdsteknikteamet (Lindesk, LKP) are mailed. */
@ConfigurationProperties("digitalalas.lindesk")
public record LindeskProperties(String address) {
}

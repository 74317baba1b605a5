package se.digitalalas.outbound.tunstall;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** digitalalas.tunstall.*: where the order (Beställningsblankett) is mailed. */
@ConfigurationProperties("digitalalas.tunstall")
public record TunstallProperties(String orderAddress) {
}

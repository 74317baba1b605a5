package se.digitalalas.outbound.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** digitalalas.billing-basis.*: where socialkontoret takes the billing basis (underlagsblankett). */
@ConfigurationProperties("digitalalas.billing-basis")
public record BillingBasisProperties(String address) {
}

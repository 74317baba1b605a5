package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The default profile as a new user gets it (demo users, no mail server), on in-memory H2. Every
 * routine's H2 IT extends this class, so they all share one Spring context.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1")
public abstract class ServiceOnH2 extends RunningService {

  private static final DemoStaff DEMO = new DemoStaff();

  @Override
  public Credentials staff(StaffGroup group) {
    return DEMO.apply(group);
  }

  @Override
  public Credentials admin() {
    return DemoStaff.ADMIN;
  }

  @Override
  public Credentials vendor(VendorIntegration vendor) {
    return DemoStaff.vendor(vendor);
  }

  @Override
  public void assertDigitalaLasMessageDelivered(JsonNode brukare) {
    assertThat(brukare.toString()).contains("NOT_SENT", "digitala.las@kommun.example");
  }

  @Override
  public void assertDigitalaLasMessageDelivered(JsonNode brukare, String subject) {
    assertThat(brukare.path("outgoingMessages")).as(brukare.path("outgoingMessages").toString())
        .anySatisfy(message -> {
          assertThat(message.path("subject").asText()).startsWith(subject);
          assertThat(message.path("recipient").asText()).isEqualTo("digitala.las@kommun.example");
          assertThat(message.path("state").asText()).isEqualTo("NOT_SENT");
        });
  }
}

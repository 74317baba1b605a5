package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.security.VendorIntegration;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The production profile on embedded PostgreSQL with a mail server ({@link TestMailServer}). No demo users
 * exist, so the first administrator creates the staff through the REST API, as an operator's
 * script would. Every routine's PostgreSQL IT extends this class and shares its Spring context.
 */
@ActiveProfiles("postgres")
public abstract class ServiceOnPostgres extends RunningService {

  static {
    System.setProperty("DIGITALALAS_DB_URL", EmbeddedPostgresDatabase.jdbcUrl());
    System.setProperty("DIGITALALAS_DB_USER", "postgres");
    System.setProperty("DIGITALALAS_DB_PASSWORD", "postgres");
    System.setProperty("DIGITALALAS_ADMIN_USER", AdministratorCreatedStaff.ADMIN_USER);
    System.setProperty("DIGITALALAS_ADMIN_PASSWORD", AdministratorCreatedStaff.ADMIN_PASSWORD);
  }

  private static final AdministratorCreatedStaff STAFF = new AdministratorCreatedStaff();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", TestMailServer::port);
    // the outbox retries within seconds, not minutes: a first attempt and three retries
    properties.add("digitalalas.outbox.retry-cycle", () -> "PT1S,PT1S,PT1S");
    // the tests speak plain HTTP to localhost, where a browser (and java.net.CookieManager) would
    // not send back a Secure cookie; production sends them over TLS only (AccountSettingsTest)
    properties.add("server.servlet.session.cookie.secure", () -> "false");
    properties.add("camunda.bpm.webapp.session-cookie.enable-secure-cookie", () -> "false");
    properties.add("camunda.bpm.webapp.csrf.enable-secure-cookie", () -> "false");
  }

  @BeforeEach
  void createStaffAsTheAdministrator() {
    STAFF.createAll(driver().rest());
  }

  @Override
  public Credentials staff(StaffGroup group) {
    return STAFF.apply(group);
  }

  @Override
  public Credentials admin() {
    return AdministratorCreatedStaff.ADMIN;
  }

  @Override
  public Credentials vendor(VendorIntegration vendor) {
    return STAFF.vendor(vendor);
  }

  @Override
  public void assertDigitalaLasMessageDelivered(JsonNode brukare) {
    assertThat(brukare.toString()).contains("\"SENT\"");
    MimeMessage[] received = TestMailServer.received();
    assertThat(Arrays.stream(received).map(ServiceOnPostgres::recipientAndSubject))
        .anyMatch(line -> line.startsWith("digitala.las@kommun.example"));
  }

  @Override
  public void assertDigitalaLasMessageDelivered(JsonNode brukare, String subject) {
    assertThat(brukare.path("outgoingMessages")).as(brukare.path("outgoingMessages").toString())
        .anySatisfy(message -> {
          assertThat(message.path("subject").asText()).startsWith(subject);
          assertThat(message.path("recipient").asText()).isEqualTo("digitala.las@kommun.example");
          assertThat(message.path("state").asText()).isEqualTo("SENT");
        });
    assertThat(Arrays.stream(TestMailServer.received()).map(ServiceOnPostgres::recipientAndSubject))
        .anyMatch(line -> line.startsWith("digitala.las@kommun.example " + subject));
  }

  private static String recipientAndSubject(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString() + " " + message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

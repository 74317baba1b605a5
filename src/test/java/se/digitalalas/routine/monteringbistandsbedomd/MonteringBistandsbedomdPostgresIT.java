package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EmbeddedPostgresDatabase;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The production profile on PostgreSQL with a mail server: no demo users exist, so the first
 * administrator creates the staff through the REST API, as an operator's script would.
 */
@ActiveProfiles("postgres")
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class MonteringBistandsbedomdPostgresIT extends MonteringBistandsbedomdWalkthrough {

  static {
    System.setProperty("DIGITALALAS_DB_URL", EmbeddedPostgresDatabase.jdbcUrl());
    System.setProperty("DIGITALALAS_DB_USER", "postgres");
    System.setProperty("DIGITALALAS_DB_PASSWORD", "postgres");
    System.setProperty("DIGITALALAS_ADMIN_USER", "driftadmin");
    System.setProperty("DIGITALALAS_ADMIN_PASSWORD", "it-admin-secret");
  }

  private static final String STAFF_PASSWORD = "it-staff-secret";

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

  @BeforeEach
  void createStaffAsTheAdministrator() {
    for (StaffGroup group : StaffGroup.values()) {
      String userId = staff(group).userId();
      if (rest.get(admin(), "/engine-rest/user/count?id=" + userId).json().path("count").asLong() == 0) {
        assertThat(rest.post(admin(), "/engine-rest/user/create", Map.of(
            "profile", Map.of("id", userId, "firstName", group.displayName(), "lastName", "Test"),
            "credentials", Map.of("password", STAFF_PASSWORD))).code()).isEqualTo(204);
        assertThat(rest.put(admin(), "/engine-rest/group/" + group.id() + "/members/" + userId, null)
            .code()).isEqualTo(204);
      }
    }
  }

  @Test
  void theProductionProfileHasNoDemoUsers() {
    for (String demoUser : new String[] {"anna", "berit", "hanna", "lars", "mats"}) {
      assertThat(rest.get(admin(), "/engine-rest/user/count?id=" + demoUser).json().path("count").asLong())
          .as(demoUser).isZero();
    }
    assertThat(rest.get(new Credentials("berit", "demo"), "/engine-rest/task").code()).isEqualTo(401);
  }

  @Override
  Credentials staff(StaffGroup group) {
    return new Credentials("it" + group.id().replace("-", ""), STAFF_PASSWORD);
  }

  @Override
  Credentials admin() {
    return new Credentials("driftadmin", "it-admin-secret");
  }

  @Override
  void assertDigitalaLasMessage(JsonNode brukare, String personnummer) {
    assertThat(brukare.toString()).contains("\"SENT\"");
    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(Arrays.stream(received).map(message -> {
      try {
        return message.getAllRecipients()[0].toString() + " " + message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).anyMatch(line -> line.startsWith("digitala.las@kommun.example"));
  }
}

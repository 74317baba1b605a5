package se.digitalalas.routine.monteringbistandsbedomd;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/** The default profile as a new user gets it (demo users, no mail server), on in-memory H2. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1")
class MonteringBistandsbedomdH2IT extends MonteringBistandsbedomdWalkthrough {

  @Test
  void theDemoHasBrukareWithALockAndWithAKodlas() {
    assertThat(registry("193602141115").toString()).contains("Elsa Nilsson", "PH-2001", "INSTALLED");
    assertThat(registry("194209082223").toString())
        .contains("Har kodlås på ytterdörr. Digitalt lås kan inte installeras.");
  }

  @Override
  Credentials staff(StaffGroup group) {
    return switch (group) {
      case BISTANDSHANDLAGGARE -> demo("berit");
      case HEMTJANSTUTFORARE -> demo("hanna");
      case LARMHANDLAGGARE -> demo("lars");
      case MONTOR -> demo("mats");
      default -> throw new IllegalArgumentException("no demo user chosen for " + group);
    };
  }

  @Override
  Credentials admin() {
    return demo("anna");
  }

  @Override
  void assertDigitalaLasMessage(JsonNode brukare, String personnummer) {
    assertThat(brukare.toString()).contains("NOT_SENT", "digitala.las@kommun.example");
  }

  private static Credentials demo(String userId) {
    return new Credentials(userId, "demo");
  }
}

package se.digitalalas.testsupport;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.test.context.TestPropertySource;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.EngineRestClient.Credentials;

/**
 * The default profile as a new user gets it (demo users, no mail server), on in-memory H2. Every
 * routine's H2 IT extends this class, so they all share one Spring context.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1")
public abstract class ServiceOnH2 extends RunningService {

  /** One demo user per group (application-default.yml). */
  private static final Map<StaffGroup, String> DEMO_USERS = demoUsers();

  @Override
  public Credentials staff(StaffGroup group) {
    return demo(DEMO_USERS.get(group));
  }

  @Override
  public Credentials admin() {
    return demo("anna");
  }

  @Override
  public void assertDigitalaLasMessageDelivered(JsonNode brukare) {
    assertThat(brukare.toString()).contains("NOT_SENT", "digitala.las@kommun.example");
  }

  private static Credentials demo(String userId) {
    return new Credentials(userId, "demo");
  }

  private static Map<StaffGroup, String> demoUsers() {
    Map<StaffGroup, String> users = new EnumMap<>(StaffGroup.class);
    users.put(StaffGroup.BISTANDSHANDLAGGARE, "berit");
    users.put(StaffGroup.KOMMUNVAGLEDARE, "kim");
    users.put(StaffGroup.HEMTJANSTUTFORARE, "hanna");
    users.put(StaffGroup.LARMHANDLAGGARE, "lars");
    users.put(StaffGroup.MONTOR, "mats");
    users.put(StaffGroup.KOORDINATOR, "karin");
    users.put(StaffGroup.HV_HSL_PERSONAL, "pia");
    users.put(StaffGroup.SYSTEMFORVALTARE, "sven");
    users.put(StaffGroup.VALFARDSTEKNIK, "vera");
    users.put(StaffGroup.VERKSAMHET, "ville");
    users.put(StaffGroup.ENHETSCHEF, "eva");
    return users;
  }
}

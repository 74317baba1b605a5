package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceUnderTest;

/** Every API of the service asks who is calling, whatever the profile. */
interface RestAuthentication extends ServiceUnderTest {

  @Test
  default void everyApiRequiresAuthentication() {
    assertThat(driver().rest().get(null, "/engine-rest/task").code()).isEqualTo(401);
    assertThat(driver().rest().post(null, "/api/brukare/sok", Map.of("personnummer", "194001011230")).code())
        .isEqualTo(401);
    assertThat(driver().rest().get(new Credentials("okand", "fel"), "/engine-rest/task").code()).isEqualTo(401);
    assertThat(driver().rest().get(staff(StaffGroup.BISTANDSHANDLAGGARE), "/engine-rest/task").code())
        .isEqualTo(200);
  }
}

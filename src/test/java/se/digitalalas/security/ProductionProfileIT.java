package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.EngineRestClient.Credentials;
import se.digitalalas.testsupport.ServiceOnPostgres;

/** The postgres profile: no demo users; staff exist only as the administrator creates them. */
class ProductionProfileIT extends ServiceOnPostgres implements RestAuthentication {

  @Test
  void theProductionProfileHasNoDemoUsers() {
    for (String demoUser : new String[] {"anna", "berit", "hanna", "lars", "mats"}) {
      assertThat(driver().rest().get(admin(), "/engine-rest/user/count?id=" + demoUser).json()
          .path("count").asLong()).as(demoUser).isZero();
    }
    assertThat(driver().rest().get(new Credentials("berit", "demo"), "/engine-rest/task").code())
        .isEqualTo(401);
  }
}

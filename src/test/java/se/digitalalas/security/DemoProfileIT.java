package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.Test;
import se.digitalalas.testsupport.ServiceOnH2;

/** The default profile: demo users and demo brukare on H2. */
class DemoProfileIT extends ServiceOnH2 implements RestAuthentication {

  @Test
  void theDemoHasBrukareWithALockAndWithAKodlas() {
    assertThat(driver().registry("193602141115").toString()).contains("Elsa Nilsson", "PH-2001", "INSTALLED");
    assertThat(driver().registry("194209082223").toString())
        .contains("Har kodlås på ytterdörr. Digitalt lås kan inte installeras.");
  }
}

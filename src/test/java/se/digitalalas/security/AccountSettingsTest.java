package se.digitalalas.security;

import static org.assertj.core.api.Assertions.*;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings the accounts rely on, as the files ship them: the ITs override the cookie flags
 * (they speak plain HTTP), so the production profile's are checked here.
 */
class AccountSettingsTest {

  private static final String ENGINE = "camunda.bpm.generic-properties.properties.";

  @Test
  void wrongPasswordsDelayButTheCountNeverReachesAPermanentLock() {
    Properties settings = read("application.yml");

    assertThat(settings.get(ENGINE + "loginMaxAttempts")).isEqualTo(Integer.MAX_VALUE);
    assertThat(settings.get(ENGINE + "loginDelayBase")).isEqualTo(3);
    assertThat(settings.get(ENGINE + "loginDelayFactor")).isEqualTo(2);
    assertThat(settings.get(ENGINE + "loginDelayMaxTime")).isEqualTo(60);
  }

  @Test
  void productionSendsItsCookiesOverTlsOnlyAndTrustsTheProxysForwardedHeaders() {
    Properties production = read("application-postgres.yml");

    assertThat(production.get("server.servlet.session.cookie.secure")).isEqualTo(true);
    assertThat(production.get("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo(true);
    assertThat(production.get("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo(true);
    assertThat(production.get("server.forward-headers-strategy")).isEqualTo("native");
  }

  @Test
  void theDemoProfileRunsOnPlainHttpOnLocalhost() {
    assertThat(read("application.yml")).doesNotContainKey("server.servlet.session.cookie.secure");
    assertThat(read("application-default.yml")).doesNotContainKey("server.servlet.session.cookie.secure");
  }

  private static Properties read(String file) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(file));
    return yaml.getObject();
  }
}

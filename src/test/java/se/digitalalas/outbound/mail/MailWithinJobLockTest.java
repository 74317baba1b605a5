package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * With two or more nodes a mail is sent once only if the outbox's job ends before its lock
 * expires: otherwise another node takes the job while the first still waits for the SMTP server,
 * and both send. JavaMail's default is to wait for ever; the shipped settings bound a send by its
 * connection, read and write timeouts, and the lock is longer than all three together.
 */
class MailWithinJobLockTest {

  private static final String SMTP = "spring.mail.properties.mail.smtp.";

  @Test
  void aSendToAServerThatStopsAnsweringGivesUpBeforeTheJobLockExpires() {
    Properties settings = read("application.yml");

    long connect = millis(settings, SMTP + "connectiontimeout");
    long read = millis(settings, SMTP + "timeout");
    long write = millis(settings, SMTP + "writetimeout");
    long lock = millis(settings, "camunda.bpm.job-execution.lock-time-in-millis");

    assertThat(connect + read + write).as("a send's longest wait against the job lock").isLessThan(lock);
  }

  @Test
  void noProfileTakesTheBoundsAway() {
    for (String profile : new String[] {"application-default.yml", "application-postgres.yml"}) {
      assertThat(read(profile).stringPropertyNames()).as(profile)
          .noneMatch(name -> name.startsWith(SMTP) || name.startsWith("camunda.bpm.job-execution."));
    }
  }

  private static long millis(Properties settings, String name) {
    Object value = settings.get(name);
    assertThat(value).as(name).isNotNull();
    long millis = Long.parseLong(value.toString());
    assertThat(millis).as(name).isPositive();
    return millis;
  }

  private static Properties read(String file) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(file));
    return yaml.getObject();
  }
}

package se.digitalalas.bench.bare;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The bare engine the benchmark compares the service with: Spring Boot, Camunda 7's engine and
 * REST API, the two models of routine 1 (montering-bistandsbedomd and las-installation) and a
 * no-op bean for each of their delegateExpressions. Authorization is off and the REST API asks
 * for no login: nothing of the service runs, its classes are not on this JVM's class path.
 *
 * <p>The profile keeps the service's own test contexts, which scan {@code se.digitalalas} with the
 * test classes, from picking this application up.
 */
@Profile(BareEngineApplication.PROFILE)
@SpringBootApplication(excludeName = {
    "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"})
public class BareEngineApplication {

  public static final String PROFILE = "bare-engine";
  /** The folder the two models are deployed from (the project's {@code bpmn/}). */
  public static final String MODELS = "bench.models";

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareEngineApplication.class)
        .profiles(PROFILE)
        .properties(Map.of(
            "camunda.bpm.authorization.enabled", "false",
            "camunda.bpm.deployment-resource-pattern",
            "file:${" + MODELS + "}/montering-bistandsbedomd.bpmn,file:${" + MODELS + "}/las-installation.bpmn"))
        .run(args);
  }

  @Bean
  NoOpStep brukareIntake() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep oneRunningRoutinePerBrukare() {
    return NoOpStep.nothing();
  }

  /** No lock in the household: Gateway_LasFinns and Gateway_HushalletHarLas go on to install one. */
  @Bean
  NoOpStep existingLockCheck() {
    return NoOpStep.setting("lasFinns", () -> false);
  }

  @Bean
  NoOpStep householdLockLink() {
    return NoOpStep.nothing();
  }

  /** No known kodlås: Gateway_KodlasKant goes on to Task_BedomLasbehov. */
  @Bean
  NoOpStep kodlasLookup() {
    return NoOpStep.setting("harKodlas", () -> false);
  }

  @Bean
  NoOpStep lasbehovAnswers() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep kodlasAnswer() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep standardNoteWriter() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep answerCheck() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep keyRegistration() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep digitalaLasMessage() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep nfcTagPutUp() {
    return NoOpStep.nothing();
  }

  @Bean
  NoOpStep nfcTagTakenDown() {
    return NoOpStep.nothing();
  }

  /** Event_InstallationForsenad's timer and Task_BokaInstallation's due date read it. */
  @Bean
  NoOpStep installationReminder() {
    return NoOpStep.setting("installationPaminnelse", () -> Date.from(Instant.now().plus(Duration.ofDays(7))));
  }

  @Bean
  NoOpStep lockInstallation() {
    return NoOpStep.nothing();
  }
}

package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.*;
import static se.digitalalas.outbound.mail.MeddelandeUtskick.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/**
 * meddelande-utskick on an engine of its own (in memory, no job executor) with the outbox's
 * incident handler plugged in as in the service: each job run is one attempt, the retries follow
 * the configured cycle, and the incident after the last one marks the message FAILED.
 */
@Deployment(resources = "bpmn/meddelande-utskick.bpmn")
class MeddelandeUtskickProcessTest {

  private static final OutgoingMessageRegistry MESSAGES = mock(OutgoingMessageRegistry.class);
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(outboxEngine()).build();

  private int attempts;
  private int failuresLeft;

  @BeforeEach
  void beans() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    reset(MESSAGES);
    Mocks.register("outboxRetry", new OutboxRetry("PT1M,PT5M,PT15M,PT1H"));
    Mocks.register("outboxSender", (JavaDelegate) execution -> {
      attempts++;
      assertThat(execution.getVariable(MailOutbox.MEDDELANDE_ID)).isEqualTo(11L);
      if (failuresLeft-- > 0) {
        throw new MessageNotSent(11L, attempts, "E-postservern gick inte att nå.", null);
      }
    });
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  @Test
  void theMessageIsSentInAJobAfterTheStartersTransaction() {
    ProcessInstance utskick = start();

    assertThat(attempts).isZero();
    assertThat(job(utskick)).hasActivityId(TASK_SKICKA_MEDDELANDE);

    execute(job(utskick));

    assertThat(attempts).isEqualTo(1);
    assertThat(utskick).isEnded().hasPassedInOrder(START_EVENT_MEDDELANDE_LAGRAT, TASK_SKICKA_MEDDELANDE,
        END_EVENT_MEDDELANDE_SKICKAT);
    verifyNoInteractions(MESSAGES);
  }

  @Test
  void aFailingSendIsRetriedWithBackoffThenFailedAsAnIncidentAndARetrySendsItOnce() {
    failuresLeft = 5;
    ProcessInstance utskick = start();

    List<Integer> minutesToNextTry = List.of(1, 5, 15, 60);
    for (int retry = 0; retry < minutesToNextTry.size(); retry++) {
      Instant tried = NOW.plus(retry, ChronoUnit.HOURS);
      ClockUtil.setCurrentTime(Date.from(tried));
      assertThatThrownBy(() -> execute(job(utskick))).hasMessageContaining("E-postservern gick inte att nå");
      assertThat(job(utskick)).hasRetries(minutesToNextTry.size() - retry)
          .hasDueDate(Date.from(tried.plus(minutesToNextTry.get(retry), ChronoUnit.MINUTES)));
      assertThat(runtimeService().createIncidentQuery().count()).isZero();
      verify(MESSAGES, never()).markFailed(anyLong());
    }

    assertThatThrownBy(() -> execute(job(utskick))).hasMessageContaining("E-postservern gick inte att nå");

    assertThat(attempts).isEqualTo(5);
    assertThat(job(utskick)).hasRetries(0);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(utskick.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(TASK_SKICKA_MEDDELANDE);
    assertThat(incident.getIncidentMessage()).contains("Meddelande 11 kunde inte skickas (försök 5)");
    verify(MESSAGES).markFailed(11L);

    managementService().setJobRetries(job(utskick).getId(), 1);
    verify(MESSAGES).retryRequested(11L);
    execute(job(utskick));

    assertThat(attempts).isEqualTo(6);
    assertThat(utskick).isEnded().hasPassed(END_EVENT_MEDDELANDE_SKICKAT);
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
    verify(MESSAGES).markFailed(11L);
  }

  @Test
  void withASingleAttemptTheFirstFailureIsTheIncidentAndFailsTheMessage() {
    ProcessInstance utskick = start();
    Mocks.register("outboxRetry", new OutboxRetry("R1/PT1M"));
    failuresLeft = 1;

    assertThatThrownBy(() -> execute(job(utskick))).isInstanceOf(MessageNotSent.class);

    assertThat(runtimeService().createIncidentQuery().count()).isEqualTo(1);
    verify(MESSAGES).markFailed(11L);
    verifyNoMoreInteractions(MESSAGES);
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, Map.of(MailOutbox.MEDDELANDE_ID, 11L));
  }

  private static ProcessEngine outboxEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("meddelande-utskick-modelltest");
    configuration.setJdbcUrl("jdbc:h2:mem:meddelande-utskick-modelltest;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setMetricsEnabled(false);
    configuration.getProcessEnginePlugins().add(new OutboxIncidents(MESSAGES));
    return configuration.buildProcessEngine();
  }
}

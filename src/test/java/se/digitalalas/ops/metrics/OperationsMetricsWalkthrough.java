package se.digitalalas.ops.metrics;

import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.outbound.mail.MeddelandeUtskick;
import se.digitalalas.process.steps.TestPersonnummer;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;
import se.digitalalas.testsupport.MonteringWalk;
import se.digitalalas.testsupport.MonteringWalk.Order;
import se.digitalalas.testsupport.ServiceUnderTest;

/**
 * /actuator/prometheus as Prometheus scrapes it: 401 without a password, 403 for staff outside
 * operations, and the figures moving with a task, an overdue task, an unsent and a FAILED
 * message and a due job. The tests' contexts count on every read (digitalalas.metrics.refresh
 * PT0S, RunningService), and the job executor is held while the numbers are compared, so that
 * nothing else changes tasks or messages meanwhile.
 */
interface OperationsMetricsWalkthrough extends ServiceUnderTest {

  String PROMETHEUS = "/actuator/prometheus";

  @Test
  default void onlyOperationsReadTheMetricsAndWithoutAPasswordTheAnswerIs401() {
    assertThat(Scrape.of(port(), PROMETHEUS, null).status()).isEqualTo(401);
    assertThat(Scrape.of(port(), "/actuator/metrics", null).status()).isEqualTo(401);
    Scrape staff = Scrape.of(port(), PROMETHEUS, staff(StaffGroup.HEMTJANSTUTFORARE));
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staff.body()).contains("Endast systemförvaltare och administratörer får läsa driftmåtten");
    assertThat(Scrape.of(port(), "/actuator/metrics/" + OperationsMeters.TASKS_OPEN,
        staff(StaffGroup.ENHETSCHEF)).status()).isEqualTo(403);

    assertThat(Scrape.of(port(), PROMETHEUS, staff(StaffGroup.SYSTEMFORVALTARE)).status()).isEqualTo(200);
    assertThat(Scrape.of(port(), "/actuator/metrics/" + OperationsMeters.TASKS_OPEN, admin()).status())
        .isEqualTo(200);
  }

  @Test
  default void theScrapeCountsATaskAnOverdueOneAnUnsentAndAFailedMessageAndADueJob() {
    String personnummer = TestPersonnummer.of(930);
    assertThat(new MonteringWalk(driver()).start(Order.of(personnummer, "Maja Mätvärde", "Mätargatan 1")).code())
        .isEqualTo(200);
    String taskId = driver().task(StaffGroup.HEMTJANSTUTFORARE, personnummer,
        MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV).path("id").asText();
    long brukareId = driver().registry(personnummer).path("brukare").path("id").asLong();
    assertThat(brukareId).isPositive();
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) bean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.shutdown();
    try {
      Scrape before = scrape();

      TaskService tasks = bean(ProcessEngine.class).getTaskService();
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      task.setDueDate(Date.from(Instant.now().minus(Duration.ofHours(1))));
      tasks.saveTask(task);
      OutgoingMessageRegistry messages = bean(OutgoingMessageRegistry.class);
      long unsent = messages.storePending(ticket(brukareId), "<metrics-unsent-" + port() + "@kommun.example>");
      long failed = messages.storePending(ticket(brukareId), "<metrics-failed-" + port() + "@kommun.example>");
      messages.beginAttempt(failed);
      messages.markFailed(failed);
      ProcessInstance utskick = bean(ProcessEngine.class).getRuntimeService()
          .startProcessInstanceByKey(MeddelandeUtskick.PROCESS_ID, Map.of(MailOutbox.MEDDELANDE_ID, unsent));
      Scrape after = scrape();

      String hemtjanst = "group=\"" + StaffGroup.HEMTJANSTUTFORARE.id() + "\"";
      String lindesk = "channel=\"" + MessageChannel.LINDESK_TICKET.name() + "\"";
      assertThat(after.value("digitalalas_tasks_overdue", hemtjanst))
          .isEqualTo(before.value("digitalalas_tasks_overdue", hemtjanst) + 1);
      assertThat(after.value("digitalalas_tasks_open", hemtjanst))
          .isEqualTo(before.value("digitalalas_tasks_open", hemtjanst));
      assertThat(after.value("digitalalas_tasks_open", hemtjanst)).isPositive();
      assertThat(after.value("digitalalas_outbox_unsent", lindesk))
          .isEqualTo(before.value("digitalalas_outbox_unsent", lindesk) + 1);
      assertThat(after.value("digitalalas_outbox_failed", lindesk))
          .isEqualTo(before.value("digitalalas_outbox_failed", lindesk) + 1);
      // at least: another test's timer or retry may fall due meanwhile, with the executor held
      assertThat(after.value("digitalalas_jobs_due", null))
          .isGreaterThanOrEqualTo(before.value("digitalalas_jobs_due", null) + 1);
      assertThat(after.value("digitalalas_jobs_due_longest_wait_seconds", null)).isNotNaN();
      assertThat(after.value("digitalalas_jobs_without_retries", null)).isNotNaN();
      assertThat(after.value("digitalalas_removals_overdue", null)).isNotNaN();
      assertThat(after.body()).doesNotContain(personnummer, personnummer.substring(2, 8), "Maja", "Mätargatan");

      bean(ProcessEngine.class).getRuntimeService().deleteProcessInstance(utskick.getId(), "metrics test");
      messages.markFailed(unsent);
    } finally {
      jobExecutor.start();
    }
  }

  @Test
  default void aScrapeReadsNoBrukareSoNothingIsWrittenToTheAccessLog() {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
    String scraper = staff(StaffGroup.SYSTEMFORVALTARE).userId();
    String query = "/api/atkomstlogg?userId=" + scraper + "&from=" + today + "&to=" + today;
    int logged = driver().rest().get(admin(), query).json().size();

    scrape();

    assertThat(driver().rest().get(admin(), query).json()).hasSize(logged);
  }

  private Scrape scrape() {
    Scrape scrape = Scrape.of(port(), PROMETHEUS, staff(StaffGroup.SYSTEMFORVALTARE));
    assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
    return scrape;
  }

  private static MessageContent ticket(long brukareId) {
    return new MessageContent(brukareId, MessageChannel.LINDESK_TICKET, "vof.valfardsteknik@kommun.example",
        "Ärende", "Text");
  }
}

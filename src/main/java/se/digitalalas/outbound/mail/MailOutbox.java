package se.digitalalas.outbound.mail;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/**
 * The outbox: stores a mail PENDING in the caller's (business) transaction and starts
 * meddelande-utskick for it, whose job sends it only after that transaction has committed. Nothing
 * here talks to the mail server. Without a configured mail server (spring.mail.host) the message
 * is kept NOT_SENT with the reason, and nothing is started.
 */
@Component
public class MailOutbox {

  /** The variable of meddelande-utskick: the id of the outgoing message to send. */
  public static final String MEDDELANDE_ID = "meddelandeId";
  static final String NO_MAIL_SERVER = "Ingen e-postserver är konfigurerad; meddelandet skickas inte.";

  private final OutgoingMessageRegistry messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final RuntimeService runtime;
  private final DigitalaLasMailProperties properties;

  public MailOutbox(OutgoingMessageRegistry messages, ObjectProvider<JavaMailSender> mailSender,
      RuntimeService runtime, DigitalaLasMailProperties properties) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.runtime = runtime;
    this.properties = properties;
  }

  /** Returns the stored message's id. */
  public long enqueue(MessageContent content) {
    if (mailSender.getIfAvailable() == null) {
      return messages.storeNotSent(content, NO_MAIL_SERVER);
    }
    long id = messages.storePending(content, newMessageId());
    startUtskick(id);
    return id;
  }

  /** A Message-ID header of its own for each message, kept on every attempt. */
  String newMessageId() {
    String from = properties.from();
    String domain = from == null || from.indexOf('@') < 0 ? "digitala-las" : from.substring(from.indexOf('@') + 1);
    return "<meddelande-" + UUID.randomUUID() + "@" + domain + ">";
  }

  /**
   * Nobody may start meddelande-utskick (it has no starter groups), so a step that runs inside a
   * staff member's request starts it without that user's authorization checks.
   */
  private void startUtskick(long id) {
    Map<String, Object> variables = Map.of(MEDDELANDE_ID, id);
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      runtime.startProcessInstanceByKey(MeddelandeUtskick.PROCESS_ID, variables);
    } else {
      command.runWithoutAuthorization(
          () -> runtime.startProcessInstanceByKey(MeddelandeUtskick.PROCESS_ID, variables));
    }
  }
}

package se.digitalalas.outbound.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/**
 * Stores a mail as an outgoing message and sends it when a mail server is configured
 * (spring.mail.host). Without one the message stays NOT_SENT. A failed send throws, so the
 * caller's transaction, and with it the stored row, rolls back and the job can retry.
 */
@Component
public class MailDispatcher {

  private final OutgoingMessageRegistry messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final DigitalaLasMailProperties properties;

  public MailDispatcher(OutgoingMessageRegistry messages, ObjectProvider<JavaMailSender> mailSender,
      DigitalaLasMailProperties properties) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.properties = properties;
  }

  /** Returns the stored message's id. */
  public long dispatch(MessageContent content) {
    long id = messages.store(content);
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender != null) {
      sender.send(mail(content));
      messages.markSent(id);
    }
    return id;
  }

  private SimpleMailMessage mail(MessageContent content) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(properties.from());
    mail.setTo(content.recipient());
    mail.setSubject(content.subject());
    mail.setText(content.body());
    return mail;
  }
}

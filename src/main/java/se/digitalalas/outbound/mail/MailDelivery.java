package se.digitalalas.outbound.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.MessageState;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

/**
 * Sends one stored message, once. The attempt is committed (SENDING, attempts + 1) before the mail
 * is handed to the server, and SENT is committed right after the server accepted it, each in its
 * own transaction, so neither waits for the job's transaction. A message already SENT is not sent
 * again. Only a crash between the server's "accepted" and the SENT commit can send a mail twice:
 * then both carry the same Message-ID header and the registry shows the attempts. A message with a
 * document (the Tunstall order's PDF) goes out as a multipart mail with the document attached.
 */
@Component
public class MailDelivery {

  private final OutgoingMessageRegistry messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final DigitalaLasMailProperties properties;
  private final TransactionTemplate ownTransaction;

  public MailDelivery(OutgoingMessageRegistry messages, ObjectProvider<JavaMailSender> mailSender,
      DigitalaLasMailProperties properties, PlatformTransactionManager transactions) {
    this.messages = messages;
    this.mailSender = mailSender;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends the message unless it is SENT; throws {@link MessageNotSent} when the attempt fails. */
  public void deliver(long messageId) {
    OutgoingMessage message = messages.require(messageId);
    if (message.state() == MessageState.SENT) {
      return;
    }
    int attempt = inOwnTransaction(() -> messages.beginAttempt(messageId));
    JavaMailSender sender = mailSender.getIfAvailable();
    try {
      if (sender == null) {
        throw new MailPreparationException(MailFailureReason.NO_SERVER);
      }
      sender.send(mail(sender, message));
    } catch (MailException e) {
      String reason = sender == null ? MailFailureReason.NO_SERVER : MailFailureReason.of(e);
      inOwnTransaction(() -> {
        messages.attemptFailed(messageId, "Försök " + attempt + ": " + reason);
        return null;
      });
      throw new MessageNotSent(messageId, attempt, reason, e);
    }
    inOwnTransaction(() -> {
      messages.markSent(messageId);
      return null;
    });
  }

  private MimeMessage mail(JavaMailSender sender, OutgoingMessage message) {
    try {
      MimeMessage mail = sender.createMimeMessage();
      MessageDocument document = message.hasDocument()
          ? messages.document(message.id()).orElseThrow(() -> new MailPreparationException(
              "Meddelande " + message.id() + " saknar sitt dokument"))
          : null;
      MimeMessageHelper helper = new MimeMessageHelper(mail, document != null, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body());
      if (document != null) {
        helper.addAttachment(document.fileName(), new ByteArrayResource(document.content()),
            document.contentType());
      }
      // JavaMailSenderImpl keeps a Message-ID that was set explicitly
      mail.setHeader("Message-ID", message.messageId());
      return mail;
    } catch (MessagingException e) {
      throw new MailPreparationException("Meddelande " + message.id() + " kunde inte sättas ihop", e);
    }
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }
}

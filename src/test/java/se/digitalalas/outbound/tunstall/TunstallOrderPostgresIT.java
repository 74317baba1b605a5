package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import se.digitalalas.registry.message.MessageState;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.testsupport.ServiceOnPostgres;
import se.digitalalas.testsupport.TestMailServer;

/**
 * {@link TunstallOrderWalkthrough} on the production profile with a mail server: the order goes out
 * once after commit, to the order address, as a multipart mail whose attachment is the form.
 */
class TunstallOrderPostgresIT extends ServiceOnPostgres implements TunstallOrderWalkthrough {

  @Override
  public void assertOrderMailed(long messageId, TunstallOrderForm form) throws Exception {
    OutgoingMessage sent = await().atMost(Duration.ofSeconds(60)).until(() -> messages().require(messageId),
        message -> message.state() == MessageState.SENT);
    List<MimeMessage> mails = Arrays.stream(TestMailServer.received())
        .filter(mail -> messageIdOf(mail).equals(sent.messageId())).toList();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bestallning@tunstall.example");
    assertThat(mail.getSubject()).isEqualTo(TunstallOrders.subject(form));

    MimeMultipart multipart = (MimeMultipart) mail.getContent();
    String text = null;
    byte[] attachment = null;
    String attachmentType = null;
    String attachmentName = null;
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        attachment = part.getInputStream().readAllBytes();
        attachmentType = part.getContentType();
        attachmentName = part.getFileName();
      } else if (part.getContent() instanceof MimeMultipart related) {
        text = (String) related.getBodyPart(0).getContent();
      } else {
        text = (String) part.getContent();
      }
    }
    assertThat(text).contains(form.kundNamn(), "Beställningsblanketten finns bifogad (PDF)")
        .doesNotContain(form.personnummer(), "Portkod", "1234");
    assertThat(attachmentType).startsWith("application/pdf");
    assertThat(attachmentName).isEqualTo(sent.documentFileName());
    TunstallOrderWalkthrough.assertPdfIsTheForm(attachment, form);
  }

  private static String messageIdOf(MimeMessage mail) {
    try {
      return String.valueOf(mail.getMessageID());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

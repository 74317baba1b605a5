package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.MessageState;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

class MailDeliveryTest {

  private static final String MESSAGE_ID = "<meddelande-1@kommun.example>";

  private final OutgoingMessageRegistry messages = mock(OutgoingMessageRegistry.class);
  private final JavaMailSender sender = mock(JavaMailSender.class);
  @SuppressWarnings("unchecked")
  private final ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
  private final MailDelivery delivery = new MailDelivery(messages, provider,
      new DigitalaLasMailProperties("tjansten@kommun.example", "digitala.las@kommun.example"), transactions);

  @BeforeEach
  void aMailServer() {
    when(provider.getIfAvailable()).thenReturn(sender);
    when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
    when(messages.beginAttempt(11L)).thenReturn(1);
  }

  @Test
  void theAttemptIsCommittedBeforeTheMailGoesOutAndSentRightAfter() throws Exception {
    when(messages.require(11L)).thenReturn(message(MessageState.PENDING));

    delivery.deliver(11L);

    InOrder order = inOrder(transactions, messages, sender);
    order.verify(transactions).getTransaction(any());
    order.verify(messages).beginAttempt(11L);
    order.verify(transactions).commit(any());
    order.verify(sender).send(any(MimeMessage.class));
    order.verify(transactions).getTransaction(any());
    order.verify(messages).markSent(11L);
    order.verify(transactions).commit(any());
    MimeMessage mail = sentMail();
    assertThat(mail.getHeader("Message-ID")).containsExactly(MESSAGE_ID);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("tjansten@kommun.example");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("digitala.las@kommun.example");
    assertThat(mail.getSubject()).isEqualTo("Ämne");
    assertThat(mail.getContent()).isEqualTo("Text");
  }

  @Test
  void aResendAfterAnInterruptedAttemptCarriesTheSameMessageId() throws Exception {
    when(messages.require(11L)).thenReturn(message(MessageState.SENDING));
    when(messages.beginAttempt(11L)).thenReturn(2);

    delivery.deliver(11L);

    assertThat(sentMail().getHeader("Message-ID")).containsExactly(MESSAGE_ID);
    verify(messages).markSent(11L);
  }

  @Test
  void aSentMessageIsNeverSentAgain() {
    when(messages.require(11L)).thenReturn(message(MessageState.SENT));

    delivery.deliver(11L);

    verifyNoInteractions(sender);
    verify(messages, never()).beginAttempt(anyLong());
  }

  @Test
  void aFailedAttemptKeepsTheSwedishReasonAndThrowsSoTheJobRetries() {
    when(messages.require(11L)).thenReturn(message(MessageState.PENDING));
    doThrow(new MailSendException("Mail server connection failed",
        new jakarta.mail.MessagingException("Couldn't connect", new ConnectException("Connection refused"))))
        .when(sender).send(any(MimeMessage.class));

    assertThatThrownBy(() -> delivery.deliver(11L)).isInstanceOf(MessageNotSent.class)
        .hasMessage("Meddelande 11 kunde inte skickas (försök 1): E-postservern gick inte att nå.");

    verify(messages).attemptFailed(11L, "Försök 1: E-postservern gick inte att nå.");
    verify(messages, never()).markSent(anyLong());
  }

  @Test
  void aMessageWithADocumentGoesOutWithItAttachedAndTheSameMessageId() throws Exception {
    OutgoingMessage withDocument = new OutgoingMessage(11L, 7L, MessageChannel.TUNSTALL_ORDER,
        "bestallning@tunstall.example", "Beställning", "Se bifogad blankett.", MessageState.PENDING,
        LocalDateTime.of(2026, 11, 23, 10, 15), null, 0, null, null, MESSAGE_ID, true, "bestallning.pdf");
    when(messages.require(11L)).thenReturn(withDocument);
    byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
    when(messages.document(11L)).thenReturn(Optional.of(new MessageDocument("bestallning.pdf", MessageDocument.PDF, pdf)));

    delivery.deliver(11L);

    MimeMessage mail = sentMail();
    assertThat(mail.getHeader("Message-ID")).containsExactly(MESSAGE_ID);
    MimeMultipart multipart = (MimeMultipart) mail.getContent();
    List<String> parts = new ArrayList<>();
    collect(multipart, parts);
    assertThat(parts).contains("text/plain: Se bifogad blankett.",
        "application/pdf bestallning.pdf: " + pdf.length + " bytes");
    verify(messages).markSent(11L);
  }

  @Test
  void withoutAMailServerAtSendingTimeTheAttemptFails() {
    when(messages.require(11L)).thenReturn(message(MessageState.PENDING));
    when(provider.getIfAvailable()).thenReturn(null);

    assertThatThrownBy(() -> delivery.deliver(11L)).isInstanceOf(MessageNotSent.class);

    verify(messages).attemptFailed(11L, "Försök 1: Ingen e-postserver är konfigurerad.");
  }

  @Test
  void reasonsAreSwedishAndNameNoServerText() {
    assertThat(MailFailureReason.of(new MailAuthenticationException("535 5.7.8 bad credentials")))
        .isEqualTo("E-postservern nekade inloggningen.");
    assertThat(MailFailureReason.of(new MailSendException("550 mailbox unavailable")))
        .isEqualTo("E-postservern tog inte emot meddelandet.");
  }

  private static void collect(MimeMultipart multipart, List<String> parts) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContent() instanceof MimeMultipart nested) {
        collect(nested, parts);
      } else if (part.getFileName() != null) {
        parts.add(part.getDataHandler().getContentType().split(";")[0] + " " + part.getFileName() + ": "
            + part.getInputStream().readAllBytes().length + " bytes");
      } else {
        parts.add(part.getContentType().split(";")[0] + ": " + part.getContent());
      }
    }
  }

  private MimeMessage sentMail() {
    ArgumentCaptor<MimeMessage> mail = ArgumentCaptor.forClass(MimeMessage.class);
    verify(sender).send(mail.capture());
    return mail.getValue();
  }

  private static OutgoingMessage message(MessageState state) {
    return new OutgoingMessage(11L, 7L, MessageChannel.DIGITALA_LAS_MAIL, "digitala.las@kommun.example",
        "Ämne", "Text", state, LocalDateTime.of(2026, 11, 23, 10, 15), null, 0, null, null, MESSAGE_ID,
        false, null);
  }
}

package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

class MailOutboxTest {

  private static final MessageContent CONTENT = new MessageContent(7L,
      MessageChannel.DIGITALA_LAS_MAIL, "digitala.las@kommun.example", "Ämne", "Text");

  private final OutgoingMessageRegistry messages = mock(OutgoingMessageRegistry.class);
  @SuppressWarnings("unchecked")
  private final ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final MailOutbox outbox = new MailOutbox(messages, provider, runtime,
      new DigitalaLasMailProperties("tjansten@kommun.example", "digitala.las@kommun.example"));

  @Test
  void theMessageIsStoredPendingAndItsSendingStartedNothingIsSent() {
    JavaMailSender sender = mock(JavaMailSender.class);
    when(provider.getIfAvailable()).thenReturn(sender);
    when(messages.storePending(eq(CONTENT), anyString())).thenReturn(11L);

    assertThat(outbox.enqueue(CONTENT)).isEqualTo(11L);

    ArgumentCaptor<String> messageId = ArgumentCaptor.forClass(String.class);
    verify(messages).storePending(eq(CONTENT), messageId.capture());
    assertThat(messageId.getValue()).matches("<meddelande-[0-9a-f-]{36}@kommun\\.example>");
    verify(runtime).startProcessInstanceByKey(MeddelandeUtskick.PROCESS_ID, Map.of(MailOutbox.MEDDELANDE_ID, 11L));
    verifyNoInteractions(sender);
  }

  @Test
  void withoutAMailServerTheMessageIsKeptNotSentWithTheReason() {
    when(messages.storeNotSent(CONTENT, MailOutbox.NO_MAIL_SERVER)).thenReturn(11L);

    assertThat(outbox.enqueue(CONTENT)).isEqualTo(11L);

    verify(messages, never()).storePending(any(), any());
    verifyNoInteractions(runtime);
  }

  @Test
  void everyMessageHasAMessageIdOfItsOwn() {
    assertThat(outbox.newMessageId()).isNotEqualTo(outbox.newMessageId());
  }
}

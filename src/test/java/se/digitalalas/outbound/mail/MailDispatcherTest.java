package se.digitalalas.outbound.mail;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

class MailDispatcherTest {

  private static final MessageContent CONTENT = new MessageContent(7L,
      MessageChannel.DIGITALA_LAS_MAIL, "digitala.las@kommun.example", "Ämne", "Text");

  private final OutgoingMessageRegistry messages = mock(OutgoingMessageRegistry.class);
  private final JavaMailSender sender = mock(JavaMailSender.class);
  @SuppressWarnings("unchecked")
  private final ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
  private final MailDispatcher dispatcher = new MailDispatcher(messages, provider,
      new DigitalaLasMailProperties("tjansten@kommun.example", "digitala.las@kommun.example"));

  @Test
  void withoutMailServerTheMessageIsKeptNotSent() {
    when(messages.store(CONTENT)).thenReturn(11L);

    assertThat(dispatcher.dispatch(CONTENT)).isEqualTo(11L);

    verify(messages).store(CONTENT);
    verify(messages, never()).markSent(anyLong());
  }

  @Test
  void withMailServerTheMessageIsSentAndMarked() {
    when(messages.store(CONTENT)).thenReturn(11L);
    when(provider.getIfAvailable()).thenReturn(sender);

    dispatcher.dispatch(CONTENT);

    ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
    verify(sender).send(mail.capture());
    assertThat(mail.getValue().getFrom()).isEqualTo("tjansten@kommun.example");
    assertThat(mail.getValue().getTo()).containsExactly("digitala.las@kommun.example");
    assertThat(mail.getValue().getSubject()).isEqualTo("Ämne");
    assertThat(mail.getValue().getText()).isEqualTo("Text");
    verify(messages).markSent(11L);
  }

  @Test
  void aFailedSendThrowsSoTheJobRetries() {
    when(messages.store(CONTENT)).thenReturn(11L);
    when(provider.getIfAvailable()).thenReturn(sender);
    doThrow(new MailSendException("nere")).when(sender).send(any(SimpleMailMessage.class));

    assertThatThrownBy(() -> dispatcher.dispatch(CONTENT)).isInstanceOf(MailSendException.class);
    verify(messages, never()).markSent(anyLong());
  }
}

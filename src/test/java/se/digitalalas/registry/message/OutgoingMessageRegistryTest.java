package se.digitalalas.registry.message;

import static org.assertj.core.api.Assertions.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.digitalalas.registry.RegistryTest;
import se.digitalalas.registry.RegistryTestClock;
import se.digitalalas.registry.TestBrukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;

/** The outbox's rows: PENDING, one SENDING per attempt, then SENT or FAILED; NOT_SENT without a mail server. */
@RegistryTest
abstract class OutgoingMessageRegistryTest {

  @Autowired
  BrukareRegistrar registrar;
  @Autowired
  OutgoingMessageRegistry messages;
  @Autowired
  JdbcClient jdbc;

  long astrid;

  @BeforeEach
  void brukare() {
    astrid = registrar.register(TestBrukare.astrid());
  }

  @Test
  void aMessageIsStoredPendingWithItsMessageIdThenSentAfterAnAttempt() {
    long id = messages.storePending(content(), "<m-1@kommun.example>");
    assertThat(messages.require(id))
        .extracting(OutgoingMessage::state, OutgoingMessage::attempts, OutgoingMessage::messageId)
        .containsExactly(MessageState.PENDING, 0, "<m-1@kommun.example>");

    assertThat(messages.beginAttempt(id)).isEqualTo(1);
    assertThat(messages.require(id).state()).isEqualTo(MessageState.SENDING);
    messages.markSent(id);

    assertThat(messages.forBrukare(astrid)).singleElement()
        .extracting(OutgoingMessage::state, OutgoingMessage::sentAt, OutgoingMessage::attempts,
            OutgoingMessage::lastAttemptAt, OutgoingMessage::lastError)
        .containsExactly(MessageState.SENT, RegistryTestClock.NOW, 1, RegistryTestClock.NOW, null);
  }

  @Test
  void failedAttemptsKeepTheReasonAndTheLastOneMakesItFailedUntilARetryIsAsked() {
    long id = messages.storePending(content(), "<m-2@kommun.example>");
    messages.beginAttempt(id);
    messages.attemptFailed(id, "E-postservern gick inte att nå.");
    assertThat(messages.require(id))
        .extracting(OutgoingMessage::state, OutgoingMessage::lastError)
        .containsExactly(MessageState.PENDING, "E-postservern gick inte att nå.");

    assertThat(messages.beginAttempt(id)).isEqualTo(2);
    messages.attemptFailed(id, "E-postservern gick inte att nå.");
    messages.markFailed(id);
    assertThat(messages.require(id).state()).isEqualTo(MessageState.FAILED);

    messages.retryRequested(id);
    assertThat(messages.require(id).state()).isEqualTo(MessageState.PENDING);
  }

  @Test
  void aSentMessageStaysSent() {
    long id = messages.storePending(content(), "<m-3@kommun.example>");
    messages.beginAttempt(id);
    messages.markSent(id);

    assertThat(messages.beginAttempt(id)).isEqualTo(1);
    messages.attemptFailed(id, "sent");
    messages.markFailed(id);
    messages.retryRequested(id);

    assertThat(messages.require(id))
        .extracting(OutgoingMessage::state, OutgoingMessage::lastError)
        .containsExactly(MessageState.SENT, null);
  }

  @Test
  void withoutAMailServerTheMessageIsKeptNotSentWithTheReason() {
    long id = messages.storeNotSent(content(), "Ingen e-postserver är konfigurerad.");

    assertThat(messages.require(id))
        .extracting(OutgoingMessage::state, OutgoingMessage::lastError, OutgoingMessage::messageId)
        .containsExactly(MessageState.NOT_SENT, "Ingen e-postserver är konfigurerad.", null);
  }

  @Test
  void aDocumentIsStoredWithTheMessageAndReadApart() {
    byte[] pdf = new byte[300_000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 31);
    }
    MessageDocument document = new MessageDocument("bestallning-7.pdf", MessageDocument.PDF, pdf);
    long id = messages.storePending(new MessageContent(astrid, MessageChannel.TUNSTALL_ORDER,
        "bestallning@tunstall.example", "Beställning", "Se bifogad blankett.", document), "<m-5@kommun.example>");

    assertThat(messages.require(id))
        .extracting(OutgoingMessage::channel, OutgoingMessage::hasDocument, OutgoingMessage::documentFileName)
        .containsExactly(MessageChannel.TUNSTALL_ORDER, true, "bestallning-7.pdf");
    assertThat(messages.document(id)).hasValueSatisfying(stored -> {
      assertThat(stored.fileName()).isEqualTo("bestallning-7.pdf");
      assertThat(stored.contentType()).isEqualTo("application/pdf");
      assertThat(stored.content()).isEqualTo(pdf);
    });
    assertThat(messages.forBrukare(astrid)).singleElement()
        .extracting(OutgoingMessage::hasDocument).isEqualTo(true);
  }

  @Test
  void aMessageWithoutDocumentHasNoneToRead() {
    long id = messages.storeNotSent(content(), "Ingen e-postserver är konfigurerad.");

    assertThat(messages.require(id))
        .extracting(OutgoingMessage::hasDocument, OutgoingMessage::documentFileName)
        .containsExactly(false, null);
    assertThat(messages.document(id)).isEmpty();
    assertThat(messages.document(-1)).isEmpty();
  }

  @Test
  void aDocumentWithoutItsNameIsImpossible() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into outgoing_message (brukare_id, channel, recipient, subject, body, state,
              created_at, document)
            values (:id, 'TUNSTALL_ORDER', 'a@b', 's', 'b', 'PENDING', current_timestamp, :document)""")
        .param("id", astrid).param("document", new byte[] {1, 2, 3}).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void twoMessagesCannotShareAMessageId() {
    messages.storePending(content(), "<m-4@kommun.example>");

    assertThatThrownBy(() -> messages.storePending(content(), "<m-4@kommun.example>"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aSentMessageWithoutTimeIsImpossible() {
    assertThatThrownBy(() -> jdbc.sql("""
            insert into outgoing_message (brukare_id, channel, recipient, subject, body, state,
              created_at)
            values (:id, 'DIGITALA_LAS_MAIL', 'a@b', 's', 'b', 'SENT', current_timestamp)""")
        .param("id", astrid).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theBacklogCountsUnsentAndFailedMessagesByChannelAndNothingSentOrNotSent() {
    messages.storePending(content(), "<m-6@kommun.example>");
    long sending = messages.storePending(content(), "<m-7@kommun.example>");
    messages.beginAttempt(sending);
    long failed = messages.storePending(new MessageContent(astrid, MessageChannel.TUNSTALL_ORDER,
        "bestallning@tunstall.example", "Beställning", "Text"), "<m-8@kommun.example>");
    messages.beginAttempt(failed);
    messages.markFailed(failed);
    long sent = messages.storePending(content(), "<m-9@kommun.example>");
    messages.beginAttempt(sent);
    messages.markSent(sent);
    messages.storeNotSent(content(), "Ingen e-postserver är konfigurerad.");

    assertThat(messages.backlogByChannel())
        .containsOnlyKeys(MessageChannel.values())
        .containsEntry(MessageChannel.DIGITALA_LAS_MAIL, new ChannelBacklog(2, 0))
        .containsEntry(MessageChannel.TUNSTALL_ORDER, new ChannelBacklog(0, 1))
        .containsEntry(MessageChannel.PHONIRO_WEB_ORDER, ChannelBacklog.EMPTY);
  }

  @Test
  void anUnknownMessageIsInconsistentProcessData() {
    assertThatThrownBy(() -> messages.require(-1)).isInstanceOf(IllegalStateException.class);
  }

  private MessageContent content() {
    return new MessageContent(astrid, MessageChannel.DIGITALA_LAS_MAIL, "digitala.las@kommun.example",
        "Ämne", "Text");
  }
}

package se.digitalalas.outbound.tunstall;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.digitalalas.outbound.document.PdfText;
import org.mockito.ArgumentCaptor;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/** What an order puts in the outbox: one TUNSTALL_ORDER mail to the order address, the form attached. */
class TunstallOrdersTest {

  private final MailOutbox outbox = mock(MailOutbox.class);
  private final TunstallOrders orders = new TunstallOrders(outbox,
      new TunstallProperties("bestallning@tunstall.example"));

  @Test
  void theOrderIsAMailToTunstallWithTheFormAsPdfAndNoPersonnummerInTheMail() throws IOException {
    when(outbox.enqueue(any())).thenReturn(42L);

    assertThat(orders.order(7L, TunstallOrderDocumentTest.ASTRID)).isEqualTo(42L);

    ArgumentCaptor<MessageContent> enqueued = ArgumentCaptor.forClass(MessageContent.class);
    verify(outbox).enqueue(enqueued.capture());
    MessageContent content = enqueued.getValue();
    assertThat(content.brukareId()).isEqualTo(7L);
    assertThat(content.channel()).isEqualTo(MessageChannel.TUNSTALL_ORDER);
    assertThat(content.recipient()).isEqualTo("bestallning@tunstall.example");
    assertThat(content.subject()).isEqualTo("Beställning av digitalt lås – ärende DL-2026-000123 – Astrid Andersson, Storgatan 1");
    assertThat(content.body()).contains("Astrid Andersson, Storgatan 1, Helsingborg",
        "Beställningsblanketten finns bifogad (PDF)", "Beställare: Karin Koordinator (Koordinator)",
        "Beställningsdatum: 2026-11-23", "Ärende: DL-2026-000123");
    for (String secret : new String[] {"194403052386", "19440305-2386", "440305-2386", "Portkod: ", "1234", "N-17"}) {
      assertThat(content.subject()).doesNotContain(secret);
      assertThat(content.body()).doesNotContain(secret);
    }
    assertThat(content.document().fileName()).isEqualTo("bestallning-digitalt-las-DL-2026-000123.pdf");
    assertThat(content.document().contentType()).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(content.document().content())) {
      assertThat(PdfText.lines(pdf)).contains("Personnummer: 19440305-2386", "Portkod: 1234",
          "Ärende: DL-2026-000123");
    }
  }

  @Test
  void withoutAnOrderAddressNothingIsEnqueued() {
    TunstallOrders unconfigured = new TunstallOrders(outbox, new TunstallProperties(" "));

    assertThatThrownBy(() -> unconfigured.order(7L, TunstallOrderDocumentTest.ASTRID))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("digitalalas.tunstall.order-address");
    verifyNoInteractions(outbox);
  }
}

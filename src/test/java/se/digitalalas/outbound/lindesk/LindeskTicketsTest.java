package se.digitalalas.outbound.lindesk;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.outbound.lindesk.LindeskTicketForm.Cohabitant;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/** What a Lindesk ticket puts in the outbox: one LINDESK_TICKET mail to välfärdsteknik, the ticket attached as PDF. */
class LindeskTicketsTest {

  static final LindeskTicketForm SAMTIDIGT = new LindeskTicketForm(TicketKind.SAMTIDIGT,
      new CaseReference("DL-2026-000850"),
      new Cohabitant("Sammanboende 1", "Ingrid Ek", "194505125528"),
      new Cohabitant("Sammanboende 2", "Bo Ek", "193812256638"),
      "Granvägen 8", "12349", "Småstad", true, "Dottern Lisa Ek, 070-123 45 67", null, "Ville Dahl (ville)",
      LocalDate.of(2026, 12, 2));

  private final MailOutbox outbox = mock(MailOutbox.class);
  private final LindeskTickets tickets =
      new LindeskTickets(outbox, new LindeskProperties("vof.valfardsteknik@kommun.example"));

  @Test
  void aTicketForBothAtOnceIsAMailToTheTeamWithBothPersonnummerOnlyInThePdf() throws IOException {
    when(outbox.enqueue(any())).thenReturn(42L);

    assertThat(tickets.send(7L, SAMTIDIGT)).isEqualTo(42L);

    MessageContent content = enqueued();
    assertThat(content.brukareId()).isEqualTo(7L);
    assertThat(content.channel()).isEqualTo(MessageChannel.LINDESK_TICKET);
    assertThat(content.recipient()).isEqualTo("vof.valfardsteknik@kommun.example");
    assertThat(content.subject()).isEqualTo("Lindesk: Vård, Stöd och Omsorg – Välfärdsteknik – Ny digital låsenhet "
        + "till sammanboende – ärende DL-2026-000850 – Granvägen 8");
    assertThat(content.body()).contains("Ingrid Ek och Bo Ek, Granvägen 8, Småstad.",
        "Låsenhet ska monteras: boka tid för installation med Dottern Lisa Ek, 070-123 45 67.",
        "Ärende: DL-2026-000850", "Beställare: Ville Dahl (ville)");
    for (String secret : new String[] {"194505125528", "19450512-5528", "193812256638", "19381225-6638"}) {
      assertThat(content.subject()).doesNotContain(secret);
      assertThat(content.body()).doesNotContain(secret);
    }
    assertThat(content.document().fileName()).isEqualTo("lindesk-sammanboende-DL-2026-000850.pdf");
    assertThat(PdfText.lines(content.document().content())).contains(
        "Sammanboende med digital låsenhet – Lindesk", "Ny digital låsenhet till sammanboende",
        "Kategori: Vård, Stöd och Omsorg – Välfärdsteknik",
        "Beställningen gäller: Båda sammanboende vid samma tidpunkt",
        "Namn: Ingrid Ek", "Personnummer: 19450512-5528", "Namn: Bo Ek", "Personnummer: 19381225-6638",
        "Postnummer: 123 49", "Portkod: krävs för ytterporten; koden finns i registret för den som monterar",
        "Kontakt för tidsbokning: Dottern Lisa Ek, 070-123 45 67",
        "Befintlig låsenhet: ingen: låsenhet ska monteras, boka tid för installation",
        "Ärende: DL-2026-000850");
  }

  @Test
  void aTicketForAnExistingUnitNamesItsSerialNumberAndBooksNothing() throws IOException {
    LindeskTicketForm tillkommande = new LindeskTicketForm(TicketKind.TILLKOMMANDE,
        new CaseReference("DL-2026-000851"),
        new Cohabitant("Tillkommande sammanboende", "Bo Ek", "193812256638"),
        new Cohabitant("Befintlig brukare", "Ingrid Ek", "194505125528"),
        "Granvägen 8", null, null, false, null, "PH-2003", "Ville Dahl (ville)", LocalDate.of(2026, 12, 2));

    tickets.send(7L, tillkommande);

    MessageContent content = enqueued();
    assertThat(content.subject()).contains("Sammankoppling med befintlig låsenhet – ärende DL-2026-000851");
    assertThat(content.body()).contains("Låsenheten sitter redan i hushållet: koppla den sammanboende till den.")
        .doesNotContain("boka tid");
    assertThat(PdfText.lines(content.document().content())).contains("Tillkommande sammanboende", "Befintlig brukare",
        "Beställningen gäller: Tillkommande sammanboende till befintlig brukares låsenhet",
        "Befintlig låsenhet: serienummer PH-2003", "Portkod: ingen angiven", "Postnummer: uppgift saknas",
        "Kontakt för tidsbokning: uppgift saknas");
  }

  @Test
  void withoutAnAddressNothingIsEnqueued() {
    LindeskTickets unconfigured = new LindeskTickets(outbox, new LindeskProperties(" "));

    assertThatThrownBy(() -> unconfigured.send(7L, SAMTIDIGT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("digitalalas.lindesk.address");
    verifyNoInteractions(outbox);
  }

  private MessageContent enqueued() {
    ArgumentCaptor<MessageContent> enqueued = ArgumentCaptor.forClass(MessageContent.class);
    verify(outbox).enqueue(enqueued.capture());
    return enqueued.getValue();
  }
}

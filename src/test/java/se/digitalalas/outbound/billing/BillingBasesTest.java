package se.digitalalas.outbound.billing;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.digitalalas.outbound.document.PdfText;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.casereference.CaseReference;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;

/** The billing basis: one BILLING_BASIS mail to socialkontoret, the underlagsblankett attached as PDF. */
class BillingBasesTest {

  private static final BillingBasisForm GRETA = new BillingBasisForm(new CaseReference("DL-2026-000751"),
      "Greta Nilsson", "194403052386", "Kvarngatan 4", "18230", "Danderyd", "Danderyds kommun", "Hemtjänst Norr AB",
      LocalDate.of(2026, 11, 20), null, "Från 1 december", "Hanna Berg (hanna)", LocalDate.of(2026, 12, 2));

  private final MailOutbox outbox = mock(MailOutbox.class);

  @Test
  void theBillingBasisIsAMailToSocialkontoretWithTheBlankettAndNoPersonnummerInTheMail() throws IOException {
    when(outbox.enqueue(any())).thenReturn(9L);

    assertThat(new BillingBases(outbox, new BillingBasisProperties("fakturering@kommun.example")).send(7L, GRETA))
        .isEqualTo(9L);

    ArgumentCaptor<MessageContent> enqueued = ArgumentCaptor.forClass(MessageContent.class);
    verify(outbox).enqueue(enqueued.capture());
    MessageContent content = enqueued.getValue();
    assertThat(content.channel()).isEqualTo(MessageChannel.BILLING_BASIS);
    assertThat(content.recipient()).isEqualTo("fakturering@kommun.example");
    assertThat(content.subject())
        .isEqualTo("Underlag för fakturering – ärende DL-2026-000751 – Greta Nilsson (Danderyds kommun)");
    assertThat(content.body()).contains("på uppdrag av Danderyds kommun", "egen rad", "Ärende: DL-2026-000751");
    assertThat(content.body()).doesNotContain("194403052386", "19440305-2386", "Kvarngatan");
    assertThat(content.document().fileName()).isEqualTo("underlag-fakturering-DL-2026-000751.pdf");
    assertThat(PdfText.lines(content.document().content())).contains(
        "Underlag för fakturering – kund från annan kommun", "Underlagsblankett till socialkontoret",
        "Personnummer: 19440305-2386", "Postnummer: 182 30", "Hemkommun: Danderyds kommun",
        "Beslutsdatum: 2026-11-20", "Beslutet gäller till: tills vidare", "Utförare: Hemtjänst Norr AB",
        "Fakturering: Egen rad på hemtjänstfakturan", "Kommentar: Från 1 december",
        "Uppgiftslämnare: Hanna Berg (hanna)", "Ärende: DL-2026-000751");
  }

  @Test
  void withoutAnAddressNothingIsEnqueued() {
    assertThatThrownBy(() -> new BillingBases(outbox, new BillingBasisProperties(null)).send(7L, GRETA))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("digitalalas.billing-basis.address");
    verifyNoInteractions(outbox);
  }
}

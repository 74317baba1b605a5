package se.digitalalas.outbound.phoniro;

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

/** What a web order puts in the outbox: one PHONIRO_WEB_ORDER mail to Phoniro, the order attached as PDF. */
class PhoniroWebOrdersTest {

  static final PhoniroWebOrderForm INSTALLATION = new PhoniroWebOrderForm(WebOrderKind.INSTALLATION,
      new CaseReference("DL-2026-000321"), "Greta Nilsson", "194403052386", "Kvarngatan 4", "18230",
      "Danderyd", "070-7654321", "4321", "Hemtjänst Norr AB", "N-55", null, "Hanna Berg (hanna)",
      LocalDate.of(2026, 12, 2));

  private final MailOutbox outbox = mock(MailOutbox.class);
  private final PhoniroWebOrders orders = new PhoniroWebOrders(outbox, new PhoniroProperties("weborder@phoniro.example"));

  @Test
  void anInstallationOrderIsAMailToPhoniroWithTheOrderAsPdfAndNoPersonnummerInTheMail() throws IOException {
    when(outbox.enqueue(any())).thenReturn(42L);

    assertThat(orders.order(7L, INSTALLATION)).isEqualTo(42L);

    MessageContent content = enqueued();
    assertThat(content.brukareId()).isEqualTo(7L);
    assertThat(content.channel()).isEqualTo(MessageChannel.PHONIRO_WEB_ORDER);
    assertThat(content.recipient()).isEqualTo("weborder@phoniro.example");
    assertThat(content.subject())
        .isEqualTo("Webbeställning: installation av låsvred – ärende DL-2026-000321 – Greta Nilsson, Kvarngatan 4");
    assertThat(content.body()).contains("Installation av låsvred hos Greta Nilsson, Kvarngatan 4, Danderyd.",
        "Ärende: DL-2026-000321", "Utförare: Hemtjänst Norr AB", "Beställare: Hanna Berg (hanna)",
        "Beställningsdatum: 2026-12-02");
    for (String secret : new String[] {"194403052386", "19440305-2386", "4321", "N-55"}) {
      assertThat(content.subject()).doesNotContain(secret);
      assertThat(content.body()).doesNotContain(secret);
    }
    assertThat(content.document().fileName()).isEqualTo("webbestallning-installation-DL-2026-000321.pdf");
    assertThat(PdfText.lines(content.document().content())).contains(
        "Installation av låsvred – Phoniro", "Webbeställning", "Namn: Greta Nilsson",
        "Personnummer: 19440305-2386", "Postnummer: 182 30", "Portkod: 4321", "Nyckelnummer: N-55",
        "Serienummer: anges av låssmeden vid monteringen", "Utförare: Hemtjänst Norr AB",
        "Ärende: DL-2026-000321", "Ange ärendet (DL-2026-000321) i bekräftelsen (LasvredMonterat).");
  }

  @Test
  void aRemovalOrderNamesTheLasvredBySerialNumberAndAsksForAvinstallationUtford() throws IOException {
    PhoniroWebOrderForm removal = new PhoniroWebOrderForm(WebOrderKind.AVINSTALLATION,
        new CaseReference("DL-2026-000322"), "Greta Nilsson", "194403052386", "Kvarngatan 4", null, null, null,
        null, null, "N-55", "PH-778899", "Hanna Berg (hanna)", LocalDate.of(2026, 12, 2));

    orders.order(7L, removal);

    MessageContent content = enqueued();
    assertThat(content.subject()).startsWith("Webbeställning: avinstallation av låsvred – ärende DL-2026-000322");
    assertThat(content.document().fileName()).isEqualTo("webbestallning-avinstallation-DL-2026-000322.pdf");
    assertThat(PdfText.lines(content.document().content())).contains("Avinstallation av låsvred – Phoniro",
        "Serienummer: PH-778899", "Postnummer: uppgift saknas", "Utförare: uppgift saknas",
        "Ange ärendet (DL-2026-000322) i bekräftelsen (AvinstallationUtford).");
  }

  @Test
  void withoutAWebOrderAddressNothingIsEnqueued() {
    PhoniroWebOrders unconfigured = new PhoniroWebOrders(outbox, new PhoniroProperties(""));

    assertThatThrownBy(() -> unconfigured.order(7L, INSTALLATION))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("digitalalas.phoniro.web-order-address");
    verifyNoInteractions(outbox);
  }

  private MessageContent enqueued() {
    ArgumentCaptor<MessageContent> enqueued = ArgumentCaptor.forClass(MessageContent.class);
    verify(outbox).enqueue(enqueued.capture());
    return enqueued.getValue();
  }
}

package se.digitalalas.outbound.billing;

import org.springframework.stereotype.Component;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.MessageDocument;

/**
 * The billing basis for a customer placed by another municipality: the underlagsblankett as a PDF
 * ({@link BillingBasisDocument}) attached to a mail to socialkontoret
 * (digitalalas.billing-basis.address), put in the outbox in the caller's transaction, sent after
 * commit with its retries, FAILED visibly when it cannot go out. The mail names the case and the
 * kund by name only; the personnummer is on the blankett.
 */
@Component
public class BillingBases {

  private final MailOutbox outbox;
  private final BillingBasisProperties properties;

  public BillingBases(MailOutbox outbox, BillingBasisProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Puts the billing basis in the outbox; returns the outgoing message's id. */
  public long send(long brukareId, BillingBasisForm form) {
    if (properties.address() == null || properties.address().isBlank()) {
      throw new IllegalStateException("digitalalas.billing-basis.address is not configured");
    }
    MessageDocument document = new MessageDocument("underlag-fakturering-" + form.caseReference() + ".pdf",
        MessageDocument.PDF, BillingBasisDocument.pdf(form));
    return outbox.enqueue(new MessageContent(brukareId, MessageChannel.BILLING_BASIS, properties.address(),
        subject(form), body(form), document));
  }

  static String subject(BillingBasisForm form) {
    return "Underlag för fakturering – ärende " + form.caseReference() + " – " + form.kundNamn() + " ("
        + form.hemkommun() + ")";
  }

  static String body(BillingBasisForm form) {
    return String.join("\n",
        "Hej!",
        "",
        form.kundNamn() + " har hemtjänst på uppdrag av " + form.hemkommun()
            + " och faktureras på hemtjänstfakturan med en egen rad.",
        "Underlagsblanketten finns bifogad (PDF).",
        "",
        "Ärende: " + form.caseReference(),
        "Uppgiftslämnare: " + form.uppgiftslamnare(),
        "Datum: " + form.datum(),
        "",
        "Meddelandet skickades automatiskt av tjänsten för digitala lås.");
  }
}

package se.digitalalas.outbound.phoniro;

import org.springframework.stereotype.Component;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.MessageDocument;

/**
 * The hemtjänstutförare's web order to Phoniro (PT): the order as a PDF
 * ({@link PhoniroWebOrderDocument}) attached to a mail to digitalalas.phoniro.web-order-address,
 * put in the outbox in the caller's transaction and sent after commit with its retries; one that
 * cannot go out ends FAILED with an incident, visible on the kund's record. Subject and text name
 * the case by its reference and the kund by name and address only; the personnummer and portkod
 * the locksmith needs are on the order.
 */
@Component
public class PhoniroWebOrders {

  private final MailOutbox outbox;
  private final PhoniroProperties properties;

  public PhoniroWebOrders(MailOutbox outbox, PhoniroProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Puts the order in the outbox; returns the outgoing message's id. */
  public long order(long brukareId, PhoniroWebOrderForm form) {
    if (properties.webOrderAddress() == null || properties.webOrderAddress().isBlank()) {
      throw new IllegalStateException("digitalalas.phoniro.web-order-address is not configured");
    }
    MessageDocument document = new MessageDocument(fileName(form), MessageDocument.PDF,
        PhoniroWebOrderDocument.pdf(form));
    return outbox.enqueue(new MessageContent(brukareId, MessageChannel.PHONIRO_WEB_ORDER,
        properties.webOrderAddress(), subject(form), body(form), document));
  }

  static String subject(PhoniroWebOrderForm form) {
    return "Webbeställning: " + form.kind().title().toLowerCase(java.util.Locale.ROOT) + " – ärende "
        + form.caseReference() + " – " + form.kundNamn() + ", " + form.adress();
  }

  static String body(PhoniroWebOrderForm form) {
    return String.join("\n",
        "Hej!",
        "",
        form.kind().title() + " hos " + form.kundNamn() + ", " + form.adress()
            + (form.ort() == null || form.ort().isBlank() ? "" : ", " + form.ort()) + ".",
        "Beställningen finns bifogad (PDF) med kundens uppgifter, nyckel och portkod.",
        "",
        "Ärende: " + form.caseReference(),
        "Ange ärendet när ni bekräftar att arbetet är utfört.",
        "",
        "Utförare: " + (form.utforare() == null || form.utforare().isBlank() ? "uppgift saknas" : form.utforare()),
        "Beställare: " + form.bestallare(),
        "Beställningsdatum: " + form.bestallningsdatum(),
        "",
        "Meddelandet skickades automatiskt av tjänsten för digitala lås.");
  }

  /** ASCII only, so that every mail program and file system keeps it as it is. */
  static String fileName(PhoniroWebOrderForm form) {
    String kind = form.kind() == WebOrderKind.INSTALLATION ? "installation" : "avinstallation";
    return "webbestallning-" + kind + "-" + form.caseReference() + ".pdf";
  }
}

package se.digitalalas.outbound.tunstall;

import org.springframework.stereotype.Component;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.MessageDocument;

/**
 * Orders a digital lock from Tunstall (routine 7, HBG step 6): the order form as a PDF
 * ({@link TunstallOrderDocument}) attached to a mail to digitalalas.tunstall.order-address, put in
 * the outbox in the caller's transaction. The outbox sends it after commit with its retries, and a
 * mail that cannot go out ends FAILED with an incident, as every message does. Subject and text
 * name the case by its reference and the kund by name and address only; personnummer and
 * portkod, which Tunstall's fitter needs, are on the form.
 */
@Component
public class TunstallOrders {

  private final MailOutbox outbox;
  private final TunstallProperties properties;

  public TunstallOrders(MailOutbox outbox, TunstallProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Puts the order in the outbox; returns the outgoing message's id. */
  public long order(long brukareId, TunstallOrderForm form) {
    if (properties.orderAddress() == null || properties.orderAddress().isBlank()) {
      throw new IllegalStateException("digitalalas.tunstall.order-address is not configured");
    }
    MessageDocument document = new MessageDocument(fileName(form), MessageDocument.PDF,
        TunstallOrderDocument.pdf(form));
    return outbox.enqueue(new MessageContent(brukareId, MessageChannel.TUNSTALL_ORDER,
        properties.orderAddress(), subject(form), body(form), document));
  }

  static String subject(TunstallOrderForm form) {
    return "Beställning av digitalt lås – ärende " + form.caseReference() + " – " + form.kundNamn() + ", "
        + form.adress();
  }

  static String body(TunstallOrderForm form) {
    return String.join("\n",
        "Hej!",
        "",
        "Vi beställer installation av ett digitalt lås hos " + form.kundNamn() + ", " + form.adress()
            + (form.ort() == null || form.ort().isBlank() ? "" : ", " + form.ort()) + ".",
        "Beställningsblanketten finns bifogad (PDF) med kundens uppgifter, nyckel och portkod.",
        "",
        "Ärende: " + form.caseReference(),
        "Ange ärendet när ni bekräftar installationen.",
        "",
        "Beställare: " + form.bestallareNamn() + " (" + form.bestallareGrupp() + ")",
        "Beställningsdatum: " + form.bestallningsdatum(),
        "",
        "Meddelandet skickades automatiskt av tjänsten för digitala lås.");
  }

  /** ASCII only, so that every mail program and file system keeps it as it is. */
  static String fileName(TunstallOrderForm form) {
    return "bestallning-digitalt-las-" + form.caseReference() + ".pdf";
  }
}

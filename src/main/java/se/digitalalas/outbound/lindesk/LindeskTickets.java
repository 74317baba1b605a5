package se.digitalalas.outbound.lindesk;

import org.springframework.stereotype.Component;
import se.digitalalas.outbound.mail.MailOutbox;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageContent;
import se.digitalalas.registry.message.MessageDocument;

/**
 * The verksamhet's ticket to välfärdsteknikteamet through Lindesk (LKP: "Vård, Stöd och Omsorg ➢
 * Välfärdsteknik"): a mail to digitalalas.lindesk.address with the ticket as a PDF
 * ({@link LindeskTicketDocument}), put in the outbox in the caller's transaction and sent after
 * commit with its retries; one that cannot go out ends FAILED with an incident, visible on the
 * brukare's record. Subject and text name the case by its reference and the household by its
 * address; the personnummer, which the team needs to link in TES, are only in the PDF.
 */
@Component
public class LindeskTickets {

  private final MailOutbox outbox;
  private final LindeskProperties properties;

  public LindeskTickets(MailOutbox outbox, LindeskProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Puts the ticket in the outbox, on the record of the brukare the routine is for; returns the message's id. */
  public long send(long brukareId, LindeskTicketForm form) {
    if (properties.address() == null || properties.address().isBlank()) {
      throw new IllegalStateException("digitalalas.lindesk.address is not configured");
    }
    MessageDocument document = new MessageDocument(fileName(form), MessageDocument.PDF,
        LindeskTicketDocument.pdf(form));
    return outbox.enqueue(new MessageContent(brukareId, MessageChannel.LINDESK_TICKET, properties.address(),
        subject(form), body(form), document));
  }

  static String subject(LindeskTicketForm form) {
    return "Lindesk: " + LindeskTicketDocument.CATEGORY + " – " + LindeskTicketDocument.heading(form)
        + " – ärende " + form.caseReference() + " – " + form.adress();
  }

  static String body(LindeskTicketForm form) {
    return String.join("\n",
        "Hej!",
        "",
        LindeskTicketDocument.heading(form) + " (" + form.kind().title().toLowerCase(java.util.Locale.ROOT) + "): "
            + form.first().namn() + " och " + form.second().namn() + ", " + form.adress()
            + (form.ort() == null || form.ort().isBlank() ? "" : ", " + form.ort()) + ".",
        "Ärendet finns bifogat (PDF) med båda brukarnas uppgifter.",
        "",
        form.installationBehovs()
            ? "Låsenhet ska monteras: boka tid för installation"
                + (form.kontaktTidsbokning() == null ? "." : " med " + form.kontaktTidsbokning() + ".")
            : "Låsenheten sitter redan i hushållet: koppla den sammanboende till den.",
        "Koppla båda till låsenheten i TES, uppdatera inventarielistan och svara verksamheten i ärendet.",
        "",
        "Ärende: " + form.caseReference(),
        "Beställare: " + form.bestallare(),
        "Beställningsdatum: " + form.bestallningsdatum(),
        "",
        "Meddelandet skickades automatiskt av tjänsten för digitala lås.");
  }

  /** ASCII only, so that every mail program and file system keeps it as it is. */
  static String fileName(LindeskTicketForm form) {
    return "lindesk-sammanboende-" + form.caseReference() + ".pdf";
  }
}

package se.digitalalas.outbound.lindesk;

import static se.digitalalas.outbound.document.PrintedValues.*;

import java.util.List;
import se.digitalalas.outbound.document.FormPdf;
import se.digitalalas.outbound.document.FormPdf.Field;
import se.digitalalas.outbound.document.FormPdf.Section;
import se.digitalalas.outbound.lindesk.LindeskTicketForm.Cohabitant;

/** The ticket as a PDF ({@link FormPdf}): Ärende, the two cohabitants, Hushåll, Låsenhet, Beställare. */
public final class LindeskTicketDocument {

  static final String TITLE = "Sammanboende med digital låsenhet – Lindesk";
  static final String CATEGORY = "Vård, Stöd och Omsorg – Välfärdsteknik";

  private LindeskTicketDocument() {
  }

  /** "Ny digital låsenhet till sammanboende" or "Sammankoppling med befintlig låsenhet". */
  public static String heading(LindeskTicketForm form) {
    return form.installationBehovs() ? "Ny digital låsenhet till sammanboende"
        : "Sammankoppling med befintlig låsenhet";
  }

  public static List<Section> sections(LindeskTicketForm form) {
    return List.of(
        new Section("Ärende", List.of(
            new Field("Kategori", CATEGORY),
            new Field("Rubrik", heading(form)),
            new Field("Beställningen gäller", form.kind().title()))),
        cohabitant(form.first()),
        cohabitant(form.second()),
        new Section("Hushåll", List.of(
            new Field("Adress", form.adress()),
            new Field("Postnummer", postnummer(form.postnummer())),
            new Field("Ort", orNotGiven(form.ort())),
            new Field("Portkod", form.portkodKravs()
                ? "krävs för ytterporten; koden finns i registret för den som monterar" : "ingen angiven"),
            new Field("Kontakt för tidsbokning", orNotGiven(form.kontaktTidsbokning())))),
        new Section("Låsenhet", List.of(
            new Field("Befintlig låsenhet", form.installationBehovs()
                ? "ingen: låsenhet ska monteras, boka tid för installation" : "serienummer " + form.befintligLasenhet()))),
        new Section("Beställare", List.of(
            new Field("Beställare", form.bestallare()),
            new Field("Beställningsdatum", form.bestallningsdatum().toString()),
            new Field("Ärende", form.caseReference().value()))));
  }

  public static byte[] pdf(LindeskTicketForm form) {
    return FormPdf.pdf(new FormPdf.Form(TITLE, heading(form), sections(form), List.of(
        "Välfärdsteknikteamet: " + (form.installationBehovs() ? "boka tid för installation, " : "")
            + "koppla båda sammanboende till låsenheten i TES, uppdatera inventarielistan och svara i ärendet.",
        "Ange ärendet (" + form.caseReference().value() + ") i svaret till verksamheten.",
        "Ärendet innehåller personuppgifter och hanteras därefter."), form.bestallningsdatum()));
  }

  private static Section cohabitant(Cohabitant cohabitant) {
    return new Section(cohabitant.role(), List.of(
        new Field("Namn", cohabitant.namn()),
        new Field("Personnummer", personnummer(cohabitant.personnummer()))));
  }
}

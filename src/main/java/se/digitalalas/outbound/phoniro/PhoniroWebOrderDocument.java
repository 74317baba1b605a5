package se.digitalalas.outbound.phoniro;

import static se.digitalalas.outbound.document.PrintedValues.*;

import java.util.List;
import se.digitalalas.outbound.document.FormPdf;
import se.digitalalas.outbound.document.FormPdf.Field;
import se.digitalalas.outbound.document.FormPdf.Section;

/** The web order as a PDF ({@link FormPdf}): Kund, Låsvred and Beställning, the case reference last. */
public final class PhoniroWebOrderDocument {

  private PhoniroWebOrderDocument() {
  }

  public static String title(PhoniroWebOrderForm form) {
    return form.kind().title() + " – Phoniro";
  }

  /** The order's sections and fields in the order they are printed, values as printed. */
  public static List<Section> sections(PhoniroWebOrderForm form) {
    return List.of(
        new Section("Kund", kund(form.kundNamn(), form.personnummer(), form.adress(), form.postnummer(), form.ort(),
            form.telefon(), form.portkod())),
        new Section("Låsvred", List.of(
            new Field("Nyckelnummer", orNotGiven(form.nyckelnummer())),
            new Field("Serienummer", form.kind() == WebOrderKind.INSTALLATION
                ? "anges av låssmeden vid monteringen" : orNotGiven(form.serienummer())))),
        new Section("Beställning", List.of(
            new Field("Beställning", form.kind().title()),
            new Field("Utförare", orNotGiven(form.utforare())),
            new Field("Beställare", form.bestallare()),
            new Field("Beställningsdatum", form.bestallningsdatum().toString()),
            new Field("Ärende", form.caseReference().value()))));
  }

  /** The PDF's bytes. */
  public static byte[] pdf(PhoniroWebOrderForm form) {
    return FormPdf.pdf(new FormPdf.Form(title(form), "Webbeställning", sections(form), List.of(
        "Utföraren närvarar vid " + (form.kind() == WebOrderKind.INSTALLATION ? "installationen" : "nedmonteringen")
            + " om det behövs.",
        "Ange ärendet (" + form.caseReference().value() + ") i bekräftelsen (" + form.kind().confirmation() + ").",
        "Beställningen innehåller personuppgifter och hanteras därefter."), form.bestallningsdatum()));
  }
}

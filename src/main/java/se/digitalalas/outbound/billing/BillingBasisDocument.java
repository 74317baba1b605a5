package se.digitalalas.outbound.billing;

import static se.digitalalas.outbound.document.PrintedValues.*;

import java.time.LocalDate;
import java.util.List;
import se.digitalalas.outbound.document.FormPdf;
import se.digitalalas.outbound.document.FormPdf.Field;
import se.digitalalas.outbound.document.FormPdf.Section;

/** The underlagsblankett as a PDF ({@link FormPdf}): Kund, Uppdrag and Fakturering. */
public final class BillingBasisDocument {

  public static final String TITLE = "Underlag för fakturering – kund från annan kommun";

  private BillingBasisDocument() {
  }

  public static List<Section> sections(BillingBasisForm form) {
    return List.of(
        new Section("Kund", List.of(
            new Field("Namn", form.kundNamn()),
            new Field("Personnummer", personnummer(form.personnummer())),
            new Field("Adress", orNotGiven(form.adress())),
            new Field("Postnummer", postnummer(form.postnummer())),
            new Field("Ort", orNotGiven(form.ort())))),
        new Section("Uppdrag", List.of(
            new Field("Hemkommun", form.hemkommun()),
            new Field("Beslutsdatum", date(form.beslutsdatum(), NOT_GIVEN)),
            new Field("Beslutet gäller till", date(form.beslutSlutdatum(), "tills vidare")),
            new Field("Utförare", orNotGiven(form.utforare())))),
        new Section("Fakturering", List.of(
            new Field("Fakturering", "Egen rad på hemtjänstfakturan"),
            new Field("Låsvred och kvittensprodukt", "Nej (kunden finns inte i Treserva eller Phoniro Care)"),
            new Field("Kommentar", form.kommentar() == null || form.kommentar().isBlank() ? "ingen" : form.kommentar()),
            new Field("Uppgiftslämnare", form.uppgiftslamnare()),
            new Field("Datum", form.datum().toString()),
            new Field("Ärende", form.caseReference().value()))));
  }

  public static byte[] pdf(BillingBasisForm form) {
    return FormPdf.pdf(new FormPdf.Form(TITLE, "Underlagsblankett till socialkontoret", sections(form), List.of(
        "Kunden faktureras på hemtjänstfakturan med en egen rad.",
        "Blanketten innehåller personuppgifter och hanteras därefter."), form.datum()));
  }

  private static String date(LocalDate date, String otherwise) {
    return date == null ? otherwise : date.toString();
  }
}

package se.digitalalas.outbound.tunstall;

import static se.digitalalas.outbound.document.PrintedValues.*;

import java.util.List;
import java.util.stream.Stream;
import se.digitalalas.outbound.document.FormPdf;
import se.digitalalas.outbound.document.FormPdf.Field;
import se.digitalalas.outbound.document.FormPdf.Section;

/**
 * The Tunstall order as a PDF ({@link FormPdf}): each field of {@link TunstallOrderForm} under
 * the headings Kund, Nyckel and Beställning (there the case reference, "Ärende: DL-…", which
 * Tunstall's confirmation names).
 */
public final class TunstallOrderDocument {

  public static final String TITLE = "Beställning av digitalt lås – Tunstall";

  private TunstallOrderDocument() {
  }

  /** The form's sections and fields in the order they are printed, values as printed. */
  public static List<Section> sections(TunstallOrderForm form) {
    return List.of(
        new Section("Kund", Stream.concat(
            kund(form.kundNamn(), form.personnummer(), form.adress(), form.postnummer(), form.ort(), form.telefon(),
                form.portkod()).stream(),
            Stream.of(new Field("Hemvårdsområde", orNotGiven(form.hemvardsomrade())))).toList()),
        new Section("Nyckel", List.of(
            new Field("Fysisk nyckel finns", yesNo(form.fysiskNyckelFinns())),
            new Field("Nyckelnummer", form.fysiskNyckelFinns() ? orNotGiven(form.nyckelnummer()) : "–"),
            new Field("Nyckelposition", form.fysiskNyckelFinns() ? orNotGiven(form.nyckelposition()) : "–"))),
        new Section("Beställning", List.of(
            new Field("Ärende", form.caseReference().value()),
            new Field("Beställare", form.bestallareNamn()),
            new Field("Beställarens roll", form.bestallareGrupp()),
            new Field("Beställningsdatum", form.bestallningsdatum().toString()),
            new Field("Önskat installationsdatum", form.onskatInstallationsdatum() == null
                ? "inget önskemål" : form.onskatInstallationsdatum().toString()),
            new Field("Kommentar", form.kommentar() == null || form.kommentar().isBlank()
                ? "ingen" : form.kommentar()))));
  }

  /** The PDF's bytes. */
  public static byte[] pdf(TunstallOrderForm form) {
    return FormPdf.pdf(new FormPdf.Form(TITLE, "Beställningsblankett", sections(form), List.of(
        "Efter installationen fyller montören i låskvittensen tillsammans med kunden och lämnar den och"
            + " lösdelarna till ytterdörren (i låslådan, med etikett) på hatthyllan.",
        "Ange ärendet (" + form.caseReference().value() + ") när installationen bekräftas.",
        "Blanketten innehåller personuppgifter och hanteras därefter."), form.bestallningsdatum()));
  }
}

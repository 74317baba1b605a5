package se.digitalalas.outbound.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A form sent as a PDF (A4, one page): the title and subtitle, then each field as one line
 * "Label: value" under its section's heading, then the footnotes in small print. A person reads
 * it as a form and text extraction (PDFBox's PDFTextStripper) finds every field as "Label: value".
 * Helvetica (a standard PDF font, WinAnsi) carries å, ä, ö and é; a character it cannot show is
 * printed as "?", a line break in a value as a space. The fonts are made for each document
 * (PDFBox 3 shares no font objects between documents or threads).
 */
public final class FormPdf {

  private static final float MARGIN = 56;
  private static final float TEXT_SIZE = 11;
  private static final float LEADING = 16;

  private FormPdf() {
  }

  /** One labelled field of a form, as printed. */
  public record Field(String label, String value) {
  }

  /** A heading and its fields. */
  public record Section(String heading, List<Field> fields) {
  }

  /** The document: what it is, its fields, the small print, and the day it was made. */
  public record Form(String title, String subtitle, List<Section> sections, List<String> footnotes,
      LocalDate created) {
  }

  /** The PDF's bytes. */
  public static byte[] pdf(Form form) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      information(document, form);
      float width = page.getMediaBox().getWidth() - 2 * MARGIN;
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        Lines content = new Lines(stream, regular, width);
        float y = page.getMediaBox().getHeight() - MARGIN - 10;
        y = content.line(y, bold, 16, form.title(), null);
        y = content.line(y, regular, 10, form.subtitle(), null) - LEADING / 2;
        for (Section section : form.sections()) {
          y = content.line(y - LEADING / 2, bold, 13, section.heading(), null);
          for (Field field : section.fields()) {
            y = content.line(y, bold, TEXT_SIZE, field.label() + ": ", field.value());
          }
        }
        y -= LEADING;
        for (String footnote : form.footnotes()) {
          y = content.line(y, regular, 9, footnote, null);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The form " + form.title() + " could not be written as PDF", e);
    }
  }

  private static void information(PDDocument document, Form form) {
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(form.title());
    information.setSubject(form.subtitle());
    information.setCreator("Tjänsten för digitala lås");
    information.setCreationDate(GregorianCalendar.from(form.created().atStartOfDay(ZoneId.of("Europe/Stockholm"))));
  }

  /** The page's text, line by line from the left margin. */
  private record Lines(PDPageContentStream content, PDFont regular, float width) {

    /**
     * Writes the label (in the given font) and the value (regular) from the left margin, wrapping
     * onto further lines; returns the baseline below.
     */
    float line(float y, PDFont labelFont, float size, String label, String value) throws IOException {
      String printedLabel = printable(labelFont, label);
      float labelWidth = textWidth(labelFont, size, printedLabel);
      List<String> lines = value == null
          ? wrap(labelFont, size, printedLabel.strip(), width)
          : wrap(regular, size, printable(regular, value).strip(), width - labelWidth);
      float leading = Math.max(LEADING, size * 1.4f);
      content.beginText();
      content.newLineAtOffset(MARGIN, y);
      if (value == null) {
        content.setFont(labelFont, size);
        for (int i = 0; i < lines.size(); i++) {
          if (i > 0) {
            content.newLineAtOffset(0, -leading);
          }
          content.showText(lines.get(i));
        }
      } else {
        content.setFont(labelFont, size);
        content.showText(printedLabel);
        content.setFont(regular, size);
        content.showText(lines.get(0));
        content.newLineAtOffset(labelWidth, 0);
        for (int i = 1; i < lines.size(); i++) {
          content.newLineAtOffset(0, -leading);
          content.showText(lines.get(i));
        }
      }
      content.endText();
      return y - leading * lines.size();
    }
  }

  private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && textWidth(font, size, candidate) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static float textWidth(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** The text with line breaks as spaces and what the font cannot show as "?". */
  private static String printable(PDFont font, String text) {
    StringBuilder printable = new StringBuilder();
    text.codePoints().forEach(codePoint -> {
      String character = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
          ? " " : new String(Character.toChars(codePoint));
      printable.append(encodable(font, character) ? character : "?");
    });
    return printable.toString().replaceAll(" {2,}", " ");
  }

  private static boolean encodable(PDFont font, String character) {
    try {
      font.encode(character);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}

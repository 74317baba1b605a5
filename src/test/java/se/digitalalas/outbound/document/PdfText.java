package se.digitalalas.outbound.document;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A sent form's text as PDFBox extracts it, line by line, stripped. */
public final class PdfText {

  private PdfText() {
  }

  public static List<String> lines(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
  }

  public static List<String> lines(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return lines(document);
    }
  }
}

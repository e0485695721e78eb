package org.cofile.workflow.campaign;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.SignOnLetter;

/**
 * A sign-on letter as coalition letters are printed (OpenPDF): the date, the addressees, the text, then the approved
 * signatories in three columns.
 */
final class LetterPdf {

    static final int SIGNATORY_COLUMNS = 3;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
    private static final Font SIGNATORY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private LetterPdf() {}

    static byte[] render(SignOnLetter letter, List<LetterSignatory> approved, LocalDate dated) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.getTitle());
            document.addCreator("Cofile");
            document.open();
            document.add(new Paragraph(LONG_DATE.format(dated), BODY));
            document.add(Chunk.NEWLINE);
            for (var addressee : letter.getAddressees()) {
                document.add(new Paragraph(addressee, BODY));
            }
            document.add(new Paragraph(letter.getCompany().getName(), BODY));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(letter.getTitle(), TITLE));
            document.add(Chunk.NEWLINE);
            for (var paragraph : letter.getText().split("\\R\\s*\\R")) {
                var p = new Paragraph(paragraph.strip(), BODY);
                p.setSpacingAfter(8);
                document.add(p);
            }
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph("Signed,", BODY));
            var table = new PdfPTable(SIGNATORY_COLUMNS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            for (var signatory : approved) {
                table.addCell(cell(signatory.getPrintedName()));
            }
            for (int filler = approved.size() % SIGNATORY_COLUMNS; filler > 0 && filler < SIGNATORY_COLUMNS; filler++) {
                table.addCell(cell(""));
            }
            if (!approved.isEmpty()) {
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text) {
        var cell = new PdfPCell(new Phrase(text, SIGNATORY));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(4);
        return cell;
    }
}

package org.cofile.workflow.cofiling;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cofile.domain.cofiling.DocumentContent;
import org.cofile.domain.cofiling.DocumentKind;
import org.cofile.domain.resolution.Resolution;

/**
 * The filing package as one PDF (OpenPDF): the cover letter to the corporate secretary, addressed from the company's
 * record; the proposal; the proponents with their holdings; their statements of intent and availability; then every
 * proof of ownership and authorization appended page by page, as the company will read them.
 */
public final class FilingPackage {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);

    private FilingPackage() {}

    public static byte[] render(FilingPackageContents contents) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 72, 72, 72, 72);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(
                    "Shareholder proposal: " + contents.resolution().getText().getTitle());
            document.addCreator("Cofile");
            document.open();
            coverLetter(document, contents);
            document.newPage();
            proposal(document, contents.resolution());
            document.newPage();
            proponents(document, contents);
            appendLetters(document, writer, contents);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The filing package could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static void coverLetter(Document document, FilingPackageContents contents) throws DocumentException {
        var resolution = contents.resolution();
        var company = resolution.getCompany();
        var lead = resolution.getLeadFiler().getName();
        document.add(new Paragraph(lead, HEADING));
        document.add(new Paragraph(LONG_DATE.format(contents.submissionDate()), BODY));
        document.add(Chunk.NEWLINE);
        var address = company.getSecretaryAddress() != null
                ? company.getSecretaryAddress()
                : "Corporate Secretary\n" + company.getName();
        document.add(new Paragraph(address, BODY));
        if (company.getSecretaryEmail() != null) {
            document.add(new Paragraph(company.getSecretaryEmail(), BODY));
        }
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(
                "Re: Shareholder proposal for the "
                        + LONG_DATE.format(resolution.getMeeting().getMeetingDate())
                        + " annual meeting of shareholders",
                HEADING));
        document.add(Chunk.NEWLINE);
        var names = contents.proponents().stream()
                .map(c -> c.getOrganization().getName())
                .collect(Collectors.joining(", "));
        for (var text : List.of(
                "Dear Corporate Secretary,",
                lead + " submits the enclosed shareholder proposal, \""
                        + resolution.getText().getTitle()
                        + "\", for inclusion in " + company.getName() + "'s proxy statement for its next annual"
                        + " meeting, in accordance with Rule 14a-8 under the Securities Exchange Act of 1934.",
                "The proponents are: " + names + ". Each has held the shares stated on the enclosed list"
                        + " continuously for the period required, intends to continue to hold them through the date of"
                        + " the annual meeting, and states below when it is available to meet with the company. Each"
                        + " proponent's proof of ownership from the record holder is appended, with any authorization"
                        + " of a representative.",
                lead + " is the lead filer and may act for the proponents in any discussion of the proposal,"
                        + " including its withdrawal. Please acknowledge receipt of this submission in writing.",
                "Sincerely,",
                lead)) {
            var paragraph = new Paragraph(text, BODY);
            paragraph.setSpacingAfter(8);
            document.add(paragraph);
        }
    }

    private static void proposal(Document document, Resolution resolution) throws DocumentException {
        var text = resolution.getText();
        document.add(new Paragraph(text.getTitle(), TITLE));
        document.add(Chunk.NEWLINE);
        for (var part : List.of(text.getResolvedClause(), nullToEmpty(text.getSupportingStatement()))) {
            for (var line : part.split("\\R")) {
                if (!line.isBlank()) {
                    var paragraph = new Paragraph(line.strip(), BODY);
                    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                    paragraph.setSpacingAfter(6);
                    document.add(paragraph);
                }
            }
        }
    }

    private static void proponents(Document document, FilingPackageContents contents) throws DocumentException {
        var resolution = contents.resolution();
        document.add(new Paragraph("Proponents", TITLE));
        document.add(Chunk.NEWLINE);
        var table = new PdfPTable(new float[] {3.2f, 1.6f, 1.5f, 1.7f, 2.5f});
        table.setWidthPercentage(100);
        for (var heading : List.of("Proponent", "Shares", "Held since", "Value", "Record holder (DTC)")) {
            var cell = new PdfPCell(new Phrase(heading, HEADING));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (var coFiler : contents.proponents()) {
            table.addCell(new Phrase(
                    coFiler.getOrganization().getName()
                            + (coFiler.getRepresentative() == null
                                    ? ""
                                    : " (represented by "
                                            + coFiler.getRepresentative().name() + ")"),
                    BODY));
            table.addCell(new Phrase(plain(coFiler.getShares()), BODY));
            table.addCell(new Phrase(String.valueOf(coFiler.getHeldSince()), BODY));
            table.addCell(new Phrase(
                    coFiler.getValue() != null
                            ? "$" + plain(coFiler.getValue())
                            : "$" + plain(coFiler.getHighestPrice()) + " per share (highest in 60 days)",
                    BODY));
            table.addCell(new Phrase(
                    nullToEmpty(coFiler.getCustodian())
                            + (coFiler.getDtcParticipant() == null ? "" : " (" + coFiler.getDtcParticipant() + ")"),
                    BODY));
        }
        document.add(table);
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph("Statements of intent and availability", TITLE));
        var meeting = LONG_DATE.format(resolution.getMeeting().getMeetingDate());
        for (var coFiler : contents.proponents()) {
            var name = coFiler.getOrganization().getName();
            var heading = new Paragraph(name, HEADING);
            heading.setSpacingBefore(10);
            document.add(heading);
            if (coFiler.isIntendsToHold()) {
                document.add(new Paragraph(
                        name + " intends to continue to hold the shares stated above through the date of the " + meeting
                                + " annual meeting.",
                        BODY));
            }
            var days = coFiler.getAvailability().stream()
                    .map(a -> LONG_DATE.format(a.getDate()) + ", " + a.getFrom() + "–" + a.getTo())
                    .collect(Collectors.joining("; "));
            if (!days.isEmpty()) {
                document.add(new Paragraph(
                        name + " is available to meet with the company in person or by telephone on: " + days
                                + " (Eastern Time)."
                                + (coFiler.getContact() == null ? "" : " Contact: " + coFiler.getContact() + "."),
                        BODY));
            }
        }
    }

    private static void appendLetters(Document document, PdfWriter writer, FilingPackageContents contents)
            throws DocumentException {
        Set<Long> proponents = contents.proponents().stream()
                .map(c -> c.getOrganization().getId())
                .collect(Collectors.toSet());
        List<DocumentContent> letters = contents.letters().stream()
                .filter(l ->
                        proponents.contains(l.getDocument().getOrganization().getId()))
                .filter(l -> l.getDocument().getKind() == DocumentKind.PROOF_OF_OWNERSHIP
                        || l.getDocument().getKind() == DocumentKind.AUTHORIZATION)
                .toList();
        if (letters.isEmpty()) {
            return;
        }
        document.newPage();
        document.add(new Paragraph("Appended letters", TITLE));
        document.add(Chunk.NEWLINE);
        int number = 1;
        for (var letter : letters) {
            var meta = letter.getDocument();
            document.add(new Paragraph(
                    number++ + ". " + label(meta.getKind()) + " of "
                            + meta.getOrganization().getName() + " (" + meta.getFileName() + ")",
                    BODY));
            document.add(new Paragraph("SHA-256 " + meta.getSha256(), SMALL));
        }
        var content = writer.getDirectContent();
        for (var letter : letters) {
            // Upload checked that every letter can be read, so a failure here is the server's, not the member's.
            try (var reader = new PdfReader(letter.getBytes())) {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    document.setPageSize(reader.getPageSizeWithRotation(page));
                    document.newPage();
                    content.addTemplate(writer.getImportedPage(reader, page), 0, 0);
                }
                writer.freeReader(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("A stored letter could not be read", e);
            }
        }
    }

    private static String label(DocumentKind kind) {
        return kind == DocumentKind.PROOF_OF_OWNERSHIP ? "Proof of ownership" : "Authorization";
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

package org.cofile.workflow.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The resolutions list as CSV (Commons CSV), XLSX (Apache POI) and PDF (OpenPDF), with the same columns in each. Texts
 * a member typed are written as text: a title that starts like a formula stays a title in a spreadsheet.
 */
public final class ResolutionReport {

    static final List<String> COLUMNS = List.of(
            "Id",
            "Title",
            "Kind",
            "State",
            "Coalition",
            "Company",
            "Meeting",
            "Lead filer",
            "Submitted",
            "Support %",
            "Support as reported",
            "SEC staff's answer",
            "Commitments kept",
            "Commitments");

    /** What a spreadsheet reads as the start of a formula (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    /** The columns the PDF shows, by their index in {@link #COLUMNS}: a page is narrower than a spreadsheet. */
    private static final int[] PDF_COLUMNS = {5, 6, 1, 7, 3, 9, 11, 12};

    private static final float[] PDF_WIDTHS = {13, 8, 28, 13, 8, 10, 12, 8};

    private static final int XLSX_COLUMN_WIDTH = 18 * 256;
    private static final int XLSX_TITLE_WIDTH = 60 * 256;

    private ResolutionReport() {}

    /** One row's values, in the order of {@link #COLUMNS}; {@code null} where nothing is known. */
    static List<Object> values(ResolutionReportRow row) {
        var values = new ArrayList<Object>();
        values.add(row.id());
        values.add(row.title());
        values.add(row.kind());
        values.add(row.state());
        values.add(row.coalition());
        values.add(row.company());
        values.add(row.meetingDate());
        values.add(row.leadFiler());
        values.add(row.submittedOn());
        values.add(row.supportPercent());
        values.add(row.supportPercent() == null ? null : row.supportReported() ? "yes" : "no");
        values.add(row.staffAnswer());
        values.add(row.commitments() == 0 ? null : row.commitmentsKept());
        values.add(row.commitments() == 0 ? null : row.commitments());
        return values;
    }

    /** UTF-8 with a byte-order mark, so that spreadsheets read the accents right. */
    public static void csv(List<ResolutionReportRow> rows, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            var printer = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(COLUMNS.toArray(String[]::new))
                            .get());
            for (var row : rows) {
                printer.printRecord(values(row).stream()
                        .map(v -> v instanceof String text ? inert(text) : v)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text a spreadsheet would take for a formula, quoted as text with a leading apostrophe. */
    public static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static void xlsx(List<ResolutionReportRow> rows, OutputStream out) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Resolutions");
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("0.00"));

            var header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, c == 1 ? XLSX_TITLE_WIDTH : XLSX_COLUMN_WIDTH);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (var row : rows) {
                write(sheet.createRow(r++), values(row), dateStyle, percentStyle);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, COLUMNS.size() - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle dateStyle, CellStyle percentStyle) {
        for (int c = 0; c < values.size(); c++) {
            var value = values.get(c);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (value instanceof Number number && !(value instanceof BigDecimal)) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(percentStyle);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                // A string cell is never evaluated as a formula, whatever it starts with.
                cell.setCellValue(value.toString());
            }
        }
    }

    /** {@code DID_NOT_CONCUR} as "Did not concur". */
    static String readable(Enum<?> value) {
        var words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Landscape, the columns a reader scans: company, meeting, title, lead filer, state, support, staff, kept. */
    public static void pdf(List<ResolutionReportRow> rows, OutputStream out) {
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Resolutions");
            document.addCreator("Cofile");
            document.open();
            document.add(new Paragraph("Resolutions: states and results (" + LocalDate.now() + ")", TITLE));
            var table = new PdfPTable(PDF_WIDTHS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (int c : PDF_COLUMNS) {
                var cell = new PdfPCell(new Phrase(COLUMNS.get(c), HEADER));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (var row : rows) {
                var values = values(row);
                for (int c : PDF_COLUMNS) {
                    var value = values.get(c);
                    var text = value == null ? "" : value instanceof Enum<?> e ? readable(e) : value.toString();
                    if (c == 9 && value != null) {
                        text += row.supportReported() ? "% (reported)" : "%";
                    }
                    if (c == 12 && value != null) {
                        text += " of " + row.commitments();
                    }
                    table.addCell(new PdfPCell(new Phrase(text, CELL)));
                }
            }
            document.add(table);
            if (rows.isEmpty()) {
                document.add(new Paragraph("No resolution matches.", CELL));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The resolutions report could not be laid out", e);
        }
    }
}

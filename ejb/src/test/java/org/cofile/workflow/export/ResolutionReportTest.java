package org.cofile.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cofile.domain.answers.StaffOutcome;
import org.cofile.domain.resolution.ResolutionKind;
import org.cofile.domain.resolution.ResolutionState;
import org.junit.jupiter.api.Test;

class ResolutionReportTest {

    private static final ResolutionReportRow STUDY = new ResolutionReportRow(
            7,
            "Independent study of Rekognition's risks",
            ResolutionKind.REPORT,
            ResolutionState.FILED,
            "Coalition on Face Surveillance",
            "Amazon.com, Inc.",
            LocalDate.of(2021, 5, 26),
            "Harrington Investments",
            LocalDate.of(2020, 11, 26),
            new BigDecimal("34.33"),
            true,
            StaffOutcome.DID_NOT_CONCUR,
            1,
            2);

    /** A title typed to run as a formula when the file is opened. */
    private static final ResolutionReportRow FORMULA = new ResolutionReportRow(
            8,
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            ResolutionKind.OTHER,
            ResolutionState.DRAFT,
            "Coalition",
            "Señor Company",
            LocalDate.of(2027, 5, 19),
            "Sisters",
            null,
            null,
            false,
            null,
            0,
            0);

    @Test
    void theCsvHasAHeaderEveryRowAndNoFormula() {
        var out = new ByteArrayOutputStream();
        ResolutionReport.csv(List.of(STUDY, FORMULA), out);
        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFId,Title,Kind,State");
        assertThat(text.lines().toList()).hasSize(3);
        assertThat(text).contains("7,Independent study of Rekognition's risks,REPORT,FILED");
        assertThat(text).contains("2021-05-26", "34.33,yes,DID_NOT_CONCUR,1,2");
        assertThat(text).contains("\"'=HYPERLINK(", "Señor Company");
        assertThat(ResolutionReport.inert("-1")).isEqualTo("'-1");
        assertThat(ResolutionReport.inert("Plain")).isEqualTo("Plain");
    }

    @Test
    void theSpreadsheetKeepsNumbersAndDatesAsSuchAndTextAsText() throws Exception {
        var out = new ByteArrayOutputStream();
        ResolutionReport.xlsx(List.of(STUDY, FORMULA), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Resolutions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Id");
            var study = sheet.getRow(1);
            assertThat(study.getCell(9).getNumericCellValue()).isEqualTo(34.33);
            assertThat(study.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 5, 26));
            var formula = sheet.getRow(2).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(9)).isNull();
        }
    }

    @Test
    void thePdfListsTheRowsWithTheirSupport() throws Exception {
        var out = new ByteArrayOutputStream();
        ResolutionReport.pdf(List.of(STUDY), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Amazon.com, Inc.", "Harrington Investments", "34.33%", "(reported)", "Did not concur")
                    .contains("1 of 2");
        }
    }
}

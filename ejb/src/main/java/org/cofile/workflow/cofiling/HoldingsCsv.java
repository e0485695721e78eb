package org.cofile.workflow.cofiling;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.DtcParticipant;
import org.cofile.domain.cofiling.HoldingLine;
import org.cofile.domain.company.Ticker;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * Reads a custodian's holdings export (CSV with a header row, comma or semicolon, UTF-8) with Commons CSV: each row
 * through the column mapping into a {@link HoldingLine}, or the row's errors by field. The whole file is read, so
 * that the member sees every error at once.
 */
public final class HoldingsCsv {

    /** Larger than any custodian's export of one organization's holdings, small enough to read in one request. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static final int MAX_ROWS = 5000;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            // US custodians write month/day/year.
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US));

    private HoldingsCsv() {}

    /**
     * Which header names the columns: {@code ticker}, {@code shares} and {@code heldSince} are needed; the others may
     * be {@code null}.
     */
    public record Mapping(
            String ticker,
            String shares,
            String heldSince,
            String highestPrice,
            String value,
            String custodian,
            String dtcParticipant) {

        /** The columns a member would pick, found by the words custodians use for them in their headers. */
        public static Mapping guess(List<String> headers) {
            return new Mapping(
                    find(headers, "ticker", "symbol"),
                    find(headers, "shares", "quantity", "qty", "units"),
                    find(headers, "held since", "acquired", "acquisition", "trade date", "purchase", "since", "date"),
                    find(headers, "highest price", "high", "price"),
                    find(headers, "market value", "value"),
                    find(headers, "custodian", "broker", "bank"),
                    find(headers, "dtc", "participant"));
        }

        private static String find(List<String> headers, String... words) {
            for (var word : words) {
                for (var header : headers) {
                    if (header.toLowerCase(Locale.ROOT).contains(word)) {
                        return header;
                    }
                }
            }
            return null;
        }

        /** This mapping with the columns the member chose over the guessed ones. */
        public Mapping over(Mapping chosen) {
            return new Mapping(
                    pick(chosen.ticker, ticker),
                    pick(chosen.shares, shares),
                    pick(chosen.heldSince, heldSince),
                    pick(chosen.highestPrice, highestPrice),
                    pick(chosen.value, value),
                    pick(chosen.custodian, custodian),
                    pick(chosen.dtcParticipant, dtcParticipant));
        }

        private static String pick(String chosen, String guessed) {
            return chosen == null || chosen.isBlank() ? guessed : chosen.strip();
        }
    }

    /** A row as read: its line in the file, the holding when the row is well formed, and its errors by field. */
    public record Row(long line, String ticker, HoldingLine holding, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The file as read: its headers, the mapping applied, and its rows. */
    public record Sheet(List<String> headers, Mapping mapping, List<Row> rows) {}

    /** Reads {@code bytes}; a file that is not a CSV export at all is refused as a whole. */
    public static Sheet read(byte[] bytes, Mapping chosen) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than " + MAX_BYTES / 1024 + " KB.");
        }
        var text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var headers =
                    parser.getHeaderNames().stream().filter(h -> !h.isBlank()).toList();
            if (headers.isEmpty()) {
                throw new InvalidInputException("file", "The first line must name the columns.");
            }
            var guessed = Mapping.guess(headers);
            var mapping = chosen == null ? guessed : guessed.over(chosen);
            requireColumns(headers, mapping);
            var rows = new ArrayList<Row>();
            for (var record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException("file", "At most " + MAX_ROWS + " rows.");
                }
                rows.add(row(record, mapping));
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("file", "The file has no rows under its header.");
            }
            return new Sheet(headers, mapping, rows);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a broken quote or a repeated header this way.
            throw new InvalidInputException(
                    "file", "This is not a readable CSV file: " + Bounds.excerpt(String.valueOf(e.getMessage())));
        }
    }

    private static void requireColumns(List<String> headers, Mapping mapping) {
        var errors = new LinkedHashMap<String, String>();
        column(errors, headers, "ticker", mapping.ticker(), true);
        column(errors, headers, "shares", mapping.shares(), true);
        column(errors, headers, "heldSince", mapping.heldSince(), true);
        column(errors, headers, "highestPrice", mapping.highestPrice(), false);
        column(errors, headers, "value", mapping.value(), false);
        column(errors, headers, "custodian", mapping.custodian(), false);
        column(errors, headers, "dtcParticipant", mapping.dtcParticipant(), false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void column(
            Map<String, String> errors, List<String> headers, String field, String header, boolean needed) {
        if (header == null) {
            if (needed) {
                errors.put(
                        "mapping." + field,
                        "Choose the column that holds " + field + "; the file has " + headers + ".");
            }
        } else if (!headers.contains(header)) {
            errors.put(
                    "mapping." + field,
                    "The file has no column '" + Bounds.excerpt(header) + "'; it has " + headers + ".");
        }
    }

    private static Row row(CSVRecord record, Mapping mapping) {
        var errors = new LinkedHashMap<String, String>();
        var tickerText = cell(record, mapping.ticker());
        String ticker = null;
        try {
            ticker = Ticker.parse(tickerText).value();
        } catch (InvalidInputException e) {
            errors.put("ticker", "'" + Bounds.excerpt(tickerText) + "' is not a ticker.");
        }
        var shares = amount(errors, "shares", cell(record, mapping.shares()), true);
        if (shares != null && shares.signum() <= 0) {
            errors.put("shares", "The shares must be more than zero.");
        }
        var heldSince = date(errors, "heldSince", cell(record, mapping.heldSince()));
        var price = amount(errors, "highestPrice", cell(record, mapping.highestPrice()), false);
        var value = amount(errors, "value", cell(record, mapping.value()), false);
        if (price == null && value == null && !errors.containsKey("highestPrice") && !errors.containsKey("value")) {
            errors.put("highestPrice", "Give the highest price or the value.");
        }
        var custodian = cell(record, mapping.custodian());
        if (custodian.length() > CoFiler.CUSTODIAN_MAX) {
            errors.put("custodian", "At most " + CoFiler.CUSTODIAN_MAX + " characters.");
        }
        String dtc = null;
        var dtcText = cell(record, mapping.dtcParticipant());
        if (!dtcText.isEmpty()) {
            try {
                dtc = new DtcParticipant(dtcText).number();
            } catch (InvalidInputException e) {
                e.fieldErrors().values().forEach(text -> errors.put("dtcParticipant", text));
            }
        }
        var holding = errors.isEmpty()
                ? new HoldingLine(ticker, shares, heldSince, price, value, custodian.isEmpty() ? null : custodian, dtc)
                : null;
        return new Row(record.getParser().getCurrentLineNumber(), ticker, holding, errors);
    }

    private static String cell(CSVRecord record, String header) {
        if (header == null || !record.isSet(header)) {
            return "";
        }
        return record.get(header).strip();
    }

    private static BigDecimal amount(Map<String, String> errors, String field, String text, boolean needed) {
        if (text.isEmpty()) {
            if (needed) {
                errors.put(field, "Empty.");
            }
            return null;
        }
        // Exports write 1,234.50 and $1,234.50; a comma is a thousands separator here, never a decimal one.
        var plain = text.replace(",", "").replace("$", "").replace(" ", "");
        try {
            return Bounds.decimal(new BigDecimal(plain), field);
        } catch (NumberFormatException e) {
            errors.put(field, "'" + Bounds.excerpt(text) + "' is not a number.");
        } catch (InvalidInputException e) {
            errors.put(field, e.fieldErrors().getOrDefault(field, "Out of range."));
        }
        return null;
    }

    private static LocalDate date(Map<String, String> errors, String field, String text) {
        if (text.isEmpty()) {
            errors.put(field, "Empty.");
            return null;
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        errors.put(field, "'" + Bounds.excerpt(text) + "' is not a date (2021-03-01 or 3/1/2021).");
        return null;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file is not UTF-8 text: save it as CSV (UTF-8).");
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }
}

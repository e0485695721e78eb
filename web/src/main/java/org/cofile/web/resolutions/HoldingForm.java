package org.cofile.web.resolutions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cofile.domain.cofiling.Availability;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.HoldingRecord;
import org.cofile.domain.cofiling.ImportedHolding;
import org.cofile.domain.cofiling.Proponent;
import org.cofile.domain.shared.InvalidInputException;

/**
 * The co-filer's holding form on the co-filing page, as typed: converted fields plus {@link #SLOTS} rows of
 * availability. {@link #toRecord()} names every mistake by the id of its input, so that the message shows beside it.
 */
public class HoldingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows offered for the days the co-filer can meet the company; blank rows are ignored. */
    public static final int SLOTS = 3;

    private static final Pattern DAY_FIELD = Pattern.compile("availability\\[(\\d+)]\\.(date|from|to)");

    private BigDecimal shares;
    private LocalDate heldSince;
    private BigDecimal highestPrice;
    private BigDecimal value;
    private String custodian;
    private String dtcParticipant;
    private LocalDate proofCoversThrough;
    private boolean intendsToHold;
    private String contact;
    private String representative;
    private boolean fromImport;
    private final List<Slot> slots = new ArrayList<>();
    /** For each day of the last record made, the row it came from: the domain counts only the rows filled in. */
    private final List<Integer> rowOfDay = new ArrayList<>();

    /**
     * The form filled from what the co-filer recorded last; before it records anything, from the organization's last
     * imported holding in the company, if there is one.
     */
    public static HoldingForm of(CoFiler coFiler, Optional<ImportedHolding> imported) {
        if (coFiler.getShares() == null && imported.isPresent()) {
            var form = of(imported.get().onto(coFiler));
            form.fromImport = true;
            return form;
        }
        return of(coFiler.holding());
    }

    private static HoldingForm of(HoldingRecord recorded) {
        var form = new HoldingForm();
        form.shares = plain(recorded.shares());
        form.heldSince = recorded.heldSince();
        form.highestPrice = plain(recorded.highestPrice());
        form.value = plain(recorded.value());
        form.custodian = recorded.custodian();
        form.dtcParticipant = recorded.dtcParticipant();
        form.proofCoversThrough = recorded.proofCoversThrough();
        form.intendsToHold = recorded.intendsToHold();
        form.contact = recorded.contact();
        form.representative = recorded.representative() == null
                ? null
                : recorded.representative().name();
        for (var day : recorded.availability()) {
            form.slots.add(new Slot(
                    day.getDate(), day.getFrom().toString(), day.getTo().toString()));
        }
        while (form.slots.size() < SLOTS) {
            form.slots.add(new Slot(null, null, null));
        }
        return form;
    }

    /** Whether the figures shown came from the import and are not saved on the co-filing yet. */
    public boolean isFromImport() {
        return fromImport;
    }

    /** What the member typed, checked for form; the co-filer checks the rest. */
    public HoldingRecord toRecord() {
        var errors = new LinkedHashMap<String, String>();
        if (shares == null) {
            errors.put("shares", "Give the number of shares.");
        }
        if (heldSince == null) {
            errors.put("heldSince", "Give the day since which the shares are held.");
        }
        var days = new ArrayList<Availability>();
        rowOfDay.clear();
        for (int i = 0; i < slots.size(); i++) {
            var slot = slots.get(i);
            if (slot.isBlank()) {
                continue;
            }
            var field = "availability" + i;
            var from = time(errors, field + "From", slot.getFrom());
            var to = time(errors, field + "To", slot.getTo());
            if (slot.getDate() == null) {
                errors.put(field + "Date", "Give the day.");
            } else if (from != null && to != null) {
                try {
                    days.add(new Availability(slot.getDate(), from, to, field));
                    rowOfDay.add(i);
                } catch (InvalidInputException e) {
                    e.fieldErrors()
                            .forEach((name, text) ->
                                    errors.put(field + capitalized(name.substring(name.indexOf('.') + 1)), text));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new HoldingRecord(
                shares,
                heldSince,
                highestPrice,
                value,
                custodian,
                dtcParticipant,
                proofCoversThrough,
                intendsToHold,
                days,
                contact,
                representative == null || representative.isBlank() ? null : Proponent.named(representative));
    }

    /**
     * The input a field named by the domain stands for: {@code availability[1].date} of the recorded days → {@code
     * availability2Date} when the second day came from the third row.
     */
    public String inputId(String field) {
        var matcher = DAY_FIELD.matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        int day = Integer.parseInt(matcher.group(1));
        int row = day < rowOfDay.size() ? rowOfDay.get(day) : day;
        return "availability" + row + capitalized(matcher.group(2));
    }

    /** 100, not the 100.0000 the column's scale gives back. */
    private static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        var stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String capitalized(String part) {
        return Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    private static LocalTime time(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Give the time as HH:MM.");
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Give the time as HH:MM.");
            return null;
        }
    }

    /** One day and hours the co-filer offers. */
    public static class Slot implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate date;
        private String from;
        private String to;

        Slot(LocalDate date, String from, String to) {
            this.date = date;
            this.from = from;
            this.to = to;
        }

        boolean isBlank() {
            return date == null && (from == null || from.isBlank()) && (to == null || to.isBlank());
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public BigDecimal getShares() {
        return shares;
    }

    public void setShares(BigDecimal shares) {
        this.shares = shares;
    }

    public LocalDate getHeldSince() {
        return heldSince;
    }

    public void setHeldSince(LocalDate heldSince) {
        this.heldSince = heldSince;
    }

    public BigDecimal getHighestPrice() {
        return highestPrice;
    }

    public void setHighestPrice(BigDecimal highestPrice) {
        this.highestPrice = highestPrice;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = custodian;
    }

    public String getDtcParticipant() {
        return dtcParticipant;
    }

    public void setDtcParticipant(String dtcParticipant) {
        this.dtcParticipant = dtcParticipant;
    }

    public LocalDate getProofCoversThrough() {
        return proofCoversThrough;
    }

    public void setProofCoversThrough(LocalDate proofCoversThrough) {
        this.proofCoversThrough = proofCoversThrough;
    }

    public boolean isIntendsToHold() {
        return intendsToHold;
    }

    public void setIntendsToHold(boolean intendsToHold) {
        this.intendsToHold = intendsToHold;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }
}

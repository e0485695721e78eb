package org.cofile.web.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cofile.domain.cofiling.Availability;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.cofiling.HoldingRecord;
import org.cofile.domain.cofiling.Proponent;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.rest.rules.RequestFields;

/**
 * The bodies of the co-filing API. Scalars arrive as text (a JSON number or string both bind) and are read by {@link
 * RequestFields}, so that every mistake is named by its field in one 400.
 */
public final class CoFilingRequests {

    private CoFilingRequests() {}

    /** Invite {@code organizationId}, or, without it, ask to join for the caller's own organization. */
    public record Invite(String organizationId) {

        Long organization() {
            if (organizationId == null || organizationId.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(organizationId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("organizationId", "must be an organization's id");
            }
        }
    }

    public record Decision(String accept, String reason) {

        Boolean accepted() {
            var fields = new RequestFields();
            var accepted = fields.requiredFlag("accept", accept);
            fields.verify();
            return accepted;
        }
    }

    public record Slot(String date, String from, String to) {}

    public record Representative(String organizationId, String name) {}

    /** A holding: {@code shares}, {@code heldSince}, and {@code highestPrice} or {@code value}, as decimal strings. */
    public record HoldingUpdate(
            String shares,
            String heldSince,
            String highestPrice,
            String value,
            String custodian,
            String dtcParticipant,
            String proofCoversThrough,
            String intendsToHold,
            List<Slot> availability,
            String contact,
            Representative representative) {

        HoldingRecord toRecord() {
            var fields = new RequestFields();
            var shareCount = fields.requiredAmount("shares", shares);
            var since = fields.requiredDate("heldSince", heldSince);
            var price = fields.optionalAmount("highestPrice", highestPrice);
            var worth = fields.optionalAmount("value", value);
            var covers = fields.optionalDate("proofCoversThrough", proofCoversThrough);
            var intends = fields.optionalFlag("intendsToHold", intendsToHold, false);
            var custodianName = fields.optionalText("custodian", custodian, Bounds.MAX_TEXT);
            var contactText = fields.optionalText("contact", contact, Bounds.MAX_TEXT);
            var days = new ArrayList<Availability>();
            var slots = fields.boundedList("availability", availability == null ? List.of() : availability);
            for (int i = 0; i < slots.size(); i++) {
                var slot = slots.get(i);
                var field = "availability[" + i + "]";
                if (slot == null) {
                    fields.reject(field, "must be an object {date, from, to}");
                    continue;
                }
                var date = fields.requiredDate(field + ".date", slot.date());
                var from = time(fields, field + ".from", slot.from());
                var to = time(fields, field + ".to", slot.to());
                if (date != null && from != null && to != null) {
                    try {
                        days.add(new Availability(date, from, to, field));
                    } catch (InvalidInputException e) {
                        e.fieldErrors().forEach(fields::reject);
                    }
                }
            }
            Proponent rep = null;
            if (representative != null) {
                Long repOrganization = null;
                if (representative.organizationId() != null
                        && !representative.organizationId().isBlank()) {
                    try {
                        repOrganization =
                                Long.parseLong(representative.organizationId().strip());
                    } catch (NumberFormatException e) {
                        fields.reject("representative.organizationId", "must be an organization's id");
                    }
                }
                try {
                    rep = new Proponent(repOrganization, representative.name());
                } catch (InvalidInputException e) {
                    e.fieldErrors().forEach(fields::reject);
                }
            }
            fields.verify();
            return new HoldingRecord(
                    shareCount,
                    since,
                    price,
                    worth,
                    custodianName,
                    dtcParticipant,
                    covers,
                    Boolean.TRUE.equals(intends),
                    days,
                    contactText,
                    rep);
        }

        private static LocalTime time(RequestFields fields, String field, String value) {
            if (value == null || value.isBlank()) {
                fields.reject(field, "must be given as a time HH:MM");
                return null;
            }
            try {
                return LocalTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                fields.reject(field, "must be a time HH:MM (was '" + Bounds.excerpt(value) + "')");
                return null;
            }
        }
    }

    public record Drop(String organizationId, String reason) {}

    public record Filing(String submittedOn, String deliveredBy, List<Drop> drop) {

        LocalDate submitted(RequestFields fields) {
            return fields.requiredDate("submittedOn", submittedOn);
        }

        DeliveryMethod method(RequestFields fields) {
            var method = fields.choice("deliveredBy", deliveredBy, DeliveryMethod.class, null);
            if (method == null && (deliveredBy == null || deliveredBy.isBlank())) {
                fields.reject("deliveredBy", "must be one of [EMAIL, COURIER, MAIL, HAND]");
            }
            return method;
        }

        Map<Long, String> drops(RequestFields fields) {
            var result = new LinkedHashMap<Long, String>();
            var entries = fields.boundedList("drop", drop == null ? List.of() : drop);
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                if (entry == null || entry.organizationId() == null) {
                    fields.reject("drop[" + i + "].organizationId", "must be given");
                    continue;
                }
                try {
                    result.put(
                            Long.parseLong(entry.organizationId().strip()),
                            fields.optionalText("drop[" + i + "].reason", entry.reason(), Bounds.MAX_TEXT));
                } catch (NumberFormatException e) {
                    fields.reject("drop[" + i + "].organizationId", "must be an organization's id");
                }
            }
            return result;
        }
    }

    public record Plan(String plannedSubmissionOn) {}
}

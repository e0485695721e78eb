package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A company's request to the SEC staff to exclude the proposal (14a-8(j)) and the staff's answer. The engine says
 * whether it came 80 days before the definitive proxy, under which rule set, and which staff posture governs the
 * answer: from 2025-10-01 to 2026-09-30 the staff answers on the merits only under 14a-8(i)(1) and otherwise may send
 * a non-objection letter resting on the company's own representation.
 */
@Entity
@Table(name = "no_action_request")
@NamedQuery(
        name = "NoActionRequest.listByResolutions",
        query = "select n from NoActionRequest n where n.resolution.id in :resolutions order by n.number")
@NamedQuery(
        name = "NoActionRequest.listByResolution",
        query = "select n from NoActionRequest n where n.resolution.id = :resolution order by n.number")
public class NoActionRequest extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int RECORD_SOURCE_MAX = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "seq", nullable = false)
    private int number;

    /** {@code null} only in a past season's record that does not give it. */
    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "definitive_proxy_date")
    private LocalDate definitiveProxyDate;

    /** The grounds, comma-separated: a closed list only ever read whole; empty when a past record does not say. */
    @Column(nullable = false, length = 200)
    private String grounds;

    /** The engine's 80-day check, {@code null} when the filing date is not known. */
    @Column(name = "latest_timely_on")
    private LocalDate latestTimelyOn;

    @Column(name = "days_before")
    private Long daysBefore;

    private Boolean timely;

    @Column(name = "rule_set", nullable = false, length = 200)
    private String ruleSet;

    /** The staff posture in force on the filing date, if any. */
    @Column(length = 200)
    private String posture;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private StaffOutcome outcome;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "reconsideration_requested", nullable = false)
    private boolean reconsiderationRequested;

    /** {@code null} when a past record says the staff was asked but not when. */
    @Column(name = "reconsideration_requested_on")
    private LocalDate reconsiderationRequestedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reconsideration_outcome", length = 20)
    private ReconsiderationOutcome reconsiderationOutcome;

    @Column(name = "reconsideration_answered_on")
    private LocalDate reconsiderationAnsweredOn;

    /** The company withdrew the request, as it does once every proponent has withdrawn the proposal. */
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    /** Where a past season's record comes from, when it was entered from one rather than as it happened. */
    @Column(name = "record_source", length = RECORD_SOURCE_MAX)
    private String recordSource;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NoActionRequest() {}

    /**
     * The request as the proponents received their copy. Refused: a resolution not filed, a filing date after today, a
     * definitive proxy on or after the meeting, a request filed after the definitive proxy, and no grounds.
     */
    public NoActionRequest(
            Resolution resolution,
            int number,
            LocalDate filedOn,
            LocalDate definitiveProxyDate,
            Collection<ExclusionGround> grounds,
            LocalDate today,
            FilingRules rules,
            Instant at) {
        this(resolution, number, filedOn, definitiveProxyDate, grounds, today, rules, at, null);
    }

    /**
     * A request of a past season entered from a published record that may not give its filing date or its grounds:
     * the record's source is kept instead, and the 80-day check is left unknown without a filing date.
     */
    public static NoActionRequest fromRecord(
            Resolution resolution,
            int number,
            LocalDate filedOn,
            LocalDate definitiveProxyDate,
            Collection<ExclusionGround> grounds,
            String recordSource,
            LocalDate today,
            FilingRules rules,
            Instant at) {
        if (recordSource == null || recordSource.isBlank()) {
            throw new InvalidInputException("recordSource", "Say which record the request comes from.");
        }
        return new NoActionRequest(
                resolution,
                number,
                filedOn,
                definitiveProxyDate,
                grounds == null ? EnumSet.noneOf(ExclusionGround.class) : grounds,
                today,
                rules,
                at,
                Bounds.text(recordSource.strip(), RECORD_SOURCE_MAX, "recordSource"));
    }

    private NoActionRequest(
            Resolution resolution,
            int number,
            LocalDate filedOn,
            LocalDate definitiveProxyDate,
            Collection<ExclusionGround> grounds,
            LocalDate today,
            FilingRules rules,
            Instant at,
            String recordSource) {
        Answers.requireFiled(resolution);
        boolean fromRecord = recordSource != null;
        var errors = new LinkedHashMap<String, String>();
        if (filedOn != null || !fromRecord) {
            Answers.requireDay(errors, "filedOn", filedOn, today);
        }
        var meeting = resolution.getMeeting().getMeetingDate();
        if (definitiveProxyDate == null && !fromRecord) {
            errors.put(
                    "definitiveProxyDate", "Give the date the company files (or plans to file) its definitive proxy.");
        } else if (definitiveProxyDate != null && !definitiveProxyDate.isBefore(meeting)) {
            errors.put(
                    "definitiveProxyDate",
                    "The definitive proxy is filed before the meeting (" + meeting + "), not on " + definitiveProxyDate
                            + ".");
        } else if (filedOn != null && definitiveProxyDate != null && filedOn.isAfter(definitiveProxyDate)) {
            errors.put(
                    "filedOn",
                    "A request filed after the definitive proxy (" + definitiveProxyDate
                            + ") comes too late to matter.");
        }
        var submitted = resolution.getSubmittedOn();
        if (filedOn != null && submitted != null && filedOn.isBefore(submitted) && !errors.containsKey("filedOn")) {
            errors.put(
                    "filedOn",
                    "The company cannot ask to exclude a proposal before it was submitted (" + submitted + ").");
        }
        if (grounds == null || (grounds.isEmpty() && !fromRecord)) {
            errors.put("grounds", "Name at least one ground the company gives.");
        } else if (grounds.stream().anyMatch(Objects::isNull)) {
            errors.put("grounds", "Use the grounds " + Arrays.toString(ExclusionGround.values()) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.resolution = resolution;
        this.number = number;
        this.filedOn = filedOn;
        this.definitiveProxyDate = definitiveProxyDate;
        this.grounds = grounds.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
        if (filedOn == null || definitiveProxyDate == null) {
            this.ruleSet = rules.ruleSetFor(resolution.getJurisdiction(), meeting)
                    .ref()
                    .name();
        } else {
            var verdict = rules.noActionTiming(filedOn, definitiveProxyDate);
            this.latestTimelyOn = verdict.latestTimelyDate();
            this.daysBefore = verdict.daysBeforeDefinitiveProxy();
            this.timely = verdict.timely();
            this.ruleSet = verdict.ruleSet().name();
            this.posture = verdict.staffPosture() == null
                    ? null
                    : verdict.staffPosture().name();
        }
        this.recordSource = recordSource;
        this.recordedAt = at;
    }

    /**
     * The staff's answer, given on {@code on}. Under the 2025-26 posture the staff concurs or not only on a request
     * resting on 14a-8(i)(1); a non-objection letter exists only under that posture.
     */
    public void answer(StaffOutcome answer, LocalDate on, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "on", on, today);
        if (on != null && filedOn != null && on.isBefore(filedOn)) {
            errors.put("on", "The staff cannot answer before the request was filed (" + filedOn + ").");
        }
        if (withdrawnOn != null) {
            errors.put(
                    "outcome",
                    "The company withdrew this request on " + withdrawnOn + ": the staff no longer answers.");
        }
        checkOutcome(errors, "outcome", answer);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.outcome = answer;
        this.answeredOn = on;
        this.recordedAt = at;
    }

    private void checkOutcome(Map<String, String> errors, String field, StaffOutcome answer) {
        if (answer == null) {
            errors.put(field, "Give the staff's answer: " + Arrays.toString(StaffOutcome.values()) + ".");
        } else if (posture != null && answer.isOnTheMerits() && !getGrounds().contains(ExclusionGround.I_1)) {
            errors.put(
                    field,
                    "Under the " + posture + " the staff answers on the merits only under 14a-8(i)(1), which this"
                            + " request does not invoke: record NO_VIEW or NON_OBJECTION.");
        } else if (posture == null && answer == StaffOutcome.NON_OBJECTION) {
            errors.put(
                    field,
                    "A non-objection letter exists only under the 2025-26 staff posture; this request was filed "
                            + (filedOn == null ? "on a day the record does not give" : "on " + filedOn)
                            + ", outside it.");
        }
    }

    /**
     * A proponent or the company asks the staff to reconsider its answer, on {@code on}; a past season's record may
     * say it was asked without saying when.
     */
    public void requestReconsideration(LocalDate on, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (on != null || recordSource == null) {
            Answers.requireDay(errors, "requestedOn", on, today);
        }
        if (outcome == null) {
            errors.put("requestedOn", "The staff has not answered yet: there is nothing to reconsider.");
        } else if (on != null && on.isBefore(answeredOn)) {
            errors.put("requestedOn", "Reconsideration is asked after the staff's answer of " + answeredOn + ".");
        } else if (reconsiderationRequested) {
            errors.put("requestedOn", "Reconsideration was already asked.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.reconsiderationRequested = true;
        this.reconsiderationRequestedOn = on;
        this.recordedAt = at;
    }

    /**
     * The staff's answer to the request to reconsider: it declined, or it changed its answer to {@code changedTo},
     * which the request then carries.
     */
    public void answerReconsideration(
            ReconsiderationOutcome answer, StaffOutcome changedTo, LocalDate on, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "on", on, today);
        if (!reconsiderationRequested) {
            errors.put("on", "No one asked the staff to reconsider this request.");
        } else if (on != null && reconsiderationRequestedOn != null && on.isBefore(reconsiderationRequestedOn)) {
            errors.put("on", "The staff answers after it was asked, on " + reconsiderationRequestedOn + ".");
        }
        if (answer == null) {
            errors.put("outcome", "Give the staff's answer: " + Arrays.toString(ReconsiderationOutcome.values()) + ".");
        } else if (answer == ReconsiderationOutcome.CHANGED) {
            checkOutcome(errors, "changedTo", changedTo);
            if (changedTo != null && changedTo == outcome) {
                errors.put("changedTo", "The staff's answer was already " + outcome + ": say what it changed to.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.reconsiderationOutcome = answer;
        this.reconsiderationAnsweredOn = on;
        if (answer == ReconsiderationOutcome.CHANGED) {
            this.outcome = changedTo;
        }
        this.recordedAt = at;
    }

    /** Whether the company may leave the proposal out on the strength of this request's answer. */
    public boolean allowsExclusion() {
        return withdrawnOn == null && (outcome == StaffOutcome.CONCURRED || outcome == StaffOutcome.NON_OBJECTION);
    }

    /**
     * The company withdraws the request on {@code on}, as it does once the proposal is withdrawn. Where several
     * proponents filed, the staff accepts the withdrawal only on the word of every one of them (SLB 14F), so it is
     * refused until the proposal is withdrawn by all ({@code proposalWithdrawnOn}).
     */
    public void withdraw(LocalDate on, LocalDate proposalWithdrawnOn, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "withdrawnOn", on, today);
        if (withdrawnOn != null) {
            errors.put("withdrawnOn", "The company withdrew this request on " + withdrawnOn + ".");
        } else if (proposalWithdrawnOn == null) {
            errors.put(
                    "withdrawnOn",
                    "The company withdraws its request once every proponent has withdrawn the proposal (SLB 14F):"
                            + " record the withdrawal first.");
        } else if (on != null && on.isBefore(proposalWithdrawnOn)) {
            errors.put(
                    "withdrawnOn",
                    "The request is withdrawn after the proposal, which was withdrawn on " + proposalWithdrawnOn + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.withdrawnOn = on;
        this.recordedAt = at;
    }

    public Set<ExclusionGround> getGrounds() {
        if (grounds.isEmpty()) {
            return EnumSet.noneOf(ExclusionGround.class);
        }
        return Arrays.stream(grounds.split(","))
                .map(ExclusionGround::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExclusionGround.class)));
    }

    public Resolution getResolution() {
        return resolution;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public LocalDate getDefinitiveProxyDate() {
        return definitiveProxyDate;
    }

    public LocalDate getLatestTimelyOn() {
        return latestTimelyOn;
    }

    /** {@code null} when the filing date is not known. */
    public Long getDaysBefore() {
        return daysBefore;
    }

    /** {@code null} when the filing date is not known. */
    public Boolean getTimely() {
        return timely;
    }

    public boolean isReconsiderationRequested() {
        return reconsiderationRequested;
    }

    public LocalDate getReconsiderationRequestedOn() {
        return reconsiderationRequestedOn;
    }

    public ReconsiderationOutcome getReconsiderationOutcome() {
        return reconsiderationOutcome;
    }

    public LocalDate getReconsiderationAnsweredOn() {
        return reconsiderationAnsweredOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getRecordSource() {
        return recordSource;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public String getPosture() {
        return posture;
    }

    public StaffOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    @Override
    public String auditLabel() {
        return "No-action request " + number + " on resolution " + resolution.getId();
    }
}

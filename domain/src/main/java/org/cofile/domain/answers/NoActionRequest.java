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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
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
        name = "NoActionRequest.listByResolution",
        query = "select n from NoActionRequest n where n.resolution.id = :resolution order by n.number")
public class NoActionRequest extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "seq", nullable = false)
    private int number;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "definitive_proxy_date", nullable = false)
    private LocalDate definitiveProxyDate;

    /** The grounds, comma-separated: a closed list only ever read whole. */
    @Column(nullable = false, length = 200)
    private String grounds;

    @Column(name = "latest_timely_on", nullable = false)
    private LocalDate latestTimelyOn;

    @Column(name = "days_before", nullable = false)
    private long daysBefore;

    @Column(nullable = false)
    private boolean timely;

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
        Answers.requireFiled(resolution);
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "filedOn", filedOn, today);
        var meeting = resolution.getMeeting().getMeetingDate();
        if (definitiveProxyDate == null) {
            errors.put(
                    "definitiveProxyDate", "Give the date the company files (or plans to file) its definitive proxy.");
        } else if (!definitiveProxyDate.isBefore(meeting)) {
            errors.put(
                    "definitiveProxyDate",
                    "The definitive proxy is filed before the meeting (" + meeting + "), not on " + definitiveProxyDate
                            + ".");
        } else if (filedOn != null && filedOn.isAfter(definitiveProxyDate)) {
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
        if (grounds == null || grounds.isEmpty()) {
            errors.put("grounds", "Name at least one ground the company gives.");
        } else if (grounds.stream().anyMatch(Objects::isNull)) {
            errors.put("grounds", "Use the grounds " + Arrays.toString(ExclusionGround.values()) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var verdict = rules.noActionTiming(filedOn, definitiveProxyDate);
        this.resolution = resolution;
        this.number = number;
        this.filedOn = filedOn;
        this.definitiveProxyDate = definitiveProxyDate;
        this.grounds = EnumSet.copyOf(grounds).stream().map(Enum::name).collect(Collectors.joining(","));
        this.latestTimelyOn = verdict.latestTimelyDate();
        this.daysBefore = verdict.daysBeforeDefinitiveProxy();
        this.timely = verdict.timely();
        this.ruleSet = verdict.ruleSet().name();
        this.posture =
                verdict.staffPosture() == null ? null : verdict.staffPosture().name();
        this.recordedAt = at;
    }

    /**
     * The staff's answer, given on {@code on}. Under the 2025-26 posture the staff concurs or not only on a request
     * resting on 14a-8(i)(1); a non-objection letter exists only under that posture.
     */
    public void answer(StaffOutcome answer, LocalDate on, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "on", on, today);
        if (on != null && on.isBefore(filedOn)) {
            errors.put("on", "The staff cannot answer before the request was filed (" + filedOn + ").");
        }
        if (answer == null) {
            errors.put("outcome", "Give the staff's answer: " + Arrays.toString(StaffOutcome.values()) + ".");
        } else if (posture != null && answer.isOnTheMerits() && !getGrounds().contains(ExclusionGround.I_1)) {
            errors.put(
                    "outcome",
                    "Under the " + posture + " the staff answers on the merits only under 14a-8(i)(1), which this"
                            + " request does not invoke: record NO_VIEW or NON_OBJECTION.");
        } else if (posture == null && answer == StaffOutcome.NON_OBJECTION) {
            errors.put(
                    "outcome",
                    "A non-objection letter exists only under the 2025-26 staff posture; this request was filed on "
                            + filedOn + ", outside it.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.outcome = answer;
        this.answeredOn = on;
        this.recordedAt = at;
    }

    /** Whether the company may leave the proposal out on the strength of this request's answer. */
    public boolean allowsExclusion() {
        return outcome == StaffOutcome.CONCURRED || outcome == StaffOutcome.NON_OBJECTION;
    }

    public Set<ExclusionGround> getGrounds() {
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

    public long getDaysBefore() {
        return daysBefore;
    }

    public boolean isTimely() {
        return timely;
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

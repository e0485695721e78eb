package org.cofile.domain.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.rules.VoteResult;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * What happened to a filed resolution at the meeting: its item number on the proxy, whether it was presented and by
 * whom (14a-8(h)), and the vote as the company reported it. The raw counts are kept; the engine computes both support
 * figures from them on every read, so a correction to the rules corrects every figure shown.
 */
@Entity
@Table(name = "meeting_outcome")
@NamedQuery(
        name = "MeetingOutcome.findByResolution",
        query = "select o from MeetingOutcome o where o.resolution.id = :resolution")
@NamedQuery(
        name = "MeetingOutcome.listByResolutions",
        query = "select o from MeetingOutcome o where o.resolution.id in :resolutions")
@NamedQuery(
        name = "MeetingOutcome.listNoShowsAtCompany",
        query = "select o from MeetingOutcome o join fetch o.resolution r join fetch r.meeting"
                + " where r.company.id = :company and o.presented = false and o.goodCause = false")
public class MeetingOutcome extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int PRESENTER_MAX = 200;
    public static final int SOURCE_MAX = 500;
    public static final int ITEM_MAX = 999;
    public static final int BASIS_MAX = 300;

    /** Hundredths of a percent: the precision support figures are published with. */
    public static final int REPORTED_SUPPORT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false, unique = true)
    private Resolution resolution;

    @Column(name = "item_number")
    private Integer itemNumber;

    /** {@code null} until the meeting is held and it is known. */
    private Boolean presented;

    @Column(length = PRESENTER_MAX)
    private String presenter;

    @Column(name = "good_cause", nullable = false)
    private boolean goodCause;

    @Column(name = "votes_for")
    private Long votesFor;

    @Column(name = "votes_against")
    private Long votesAgainst;

    @Column(name = "votes_abstain")
    private Long votesAbstain;

    @Column(name = "broker_non_votes")
    private Long brokerNonVotes;

    @Column(name = "shares_outstanding")
    private Long sharesOutstanding;

    @Column(name = "vote_source", length = SOURCE_MAX)
    private String source;

    /** Support as published, for a past vote whose counts were not recorded; counts, once recorded, take over. */
    @Column(name = "reported_support", precision = 5, scale = REPORTED_SUPPORT_SCALE)
    private BigDecimal reportedSupport;

    /** What the reported figure counts, such as "as reported; the company counts abstentions". */
    @Column(name = "reported_basis", length = BASIS_MAX)
    private String reportedBasis;

    @Column(name = "definitive_proxy_date")
    private LocalDate definitiveProxyDate;

    @Column(name = "opposition_received_on")
    private LocalDate oppositionReceivedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingOutcome() {}

    public MeetingOutcome(Resolution resolution, Instant at) {
        Answers.requireFiled(resolution);
        this.resolution = resolution;
        this.recordedAt = at;
    }

    /**
     * The item number (known from the proxy, before the meeting) and, once the meeting is held, whether the proposal
     * was presented, by whom, and if not whether there was good cause.
     */
    public void record(Integer item, Boolean wasPresented, String by, boolean cause, LocalDate today, Instant at) {
        Answers.requireNotWithdrawn(resolution);
        var errors = new LinkedHashMap<String, String>();
        if (item != null && (item < 1 || item > ITEM_MAX)) {
            errors.put("itemNumber", "An item number on the proxy is between 1 and " + ITEM_MAX + ".");
        }
        if (wasPresented != null && today.isBefore(meetingDate())) {
            errors.put(
                    "presented",
                    "The meeting is on " + meetingDate() + ": whether the proposal was presented is known after it.");
        }
        if (Boolean.TRUE.equals(wasPresented) && (by == null || by.isBlank())) {
            errors.put("presenter", "Say who presented the proposal.");
        }
        if (by != null && by.length() > PRESENTER_MAX) {
            errors.put("presenter", "At most " + PRESENTER_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.itemNumber = item;
        this.presented = wasPresented;
        this.presenter = by == null || by.isBlank() ? null : by.strip();
        this.goodCause = Boolean.FALSE.equals(wasPresented) && cause;
        this.recordedAt = at;
    }

    /** The vote as the company reported it; a meeting not yet held has none. */
    public void recordVote(VoteCounts counts, String from, LocalDate today, Instant at) {
        Answers.requireNotWithdrawn(resolution);
        var errors = new LinkedHashMap<String, String>();
        if (today.isBefore(meetingDate())) {
            errors.put("meeting", "The meeting is on " + meetingDate() + ": its result comes after it.");
        }
        if (from == null || from.isBlank()) {
            errors.put("source", "Say where the figures come from, such as the company's Form 8-K and its date.");
        } else if (from.length() > SOURCE_MAX) {
            errors.put("source", "At most " + SOURCE_MAX + " characters.");
        }
        if (counts.sharesOutstanding() != null
                && counts.votesFor() + counts.against() + counts.abstain() + counts.brokerNonVotes()
                        > counts.sharesOutstanding()) {
            errors.put("sharesOutstanding", "More shares voted than are outstanding: check the figures.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.votesFor = counts.votesFor();
        this.votesAgainst = counts.against();
        this.votesAbstain = counts.abstain();
        this.brokerNonVotes = counts.brokerNonVotes();
        this.sharesOutstanding = counts.sharesOutstanding();
        this.source = Bounds.text(from.strip(), SOURCE_MAX, "source");
        this.recordedAt = at;
    }

    /**
     * The support figure as published, for a vote whose counts are not known (a past season entered from the press or
     * a proxy tracker), with what it counts and where it comes from. Recorded counts, when they come, take over.
     */
    public void recordReportedSupport(BigDecimal percent, String basis, String from, LocalDate today, Instant at) {
        Answers.requireNotWithdrawn(resolution);
        var errors = new LinkedHashMap<String, String>();
        if (today.isBefore(meetingDate())) {
            errors.put("meeting", "The meeting is on " + meetingDate() + ": its result comes after it.");
        }
        if (percent == null) {
            errors.put("reportedSupportPercent", "Give the support as published, in percent.");
        } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            errors.put("reportedSupportPercent", "A percentage is between 0 and 100.");
        } else if (percent.stripTrailingZeros().scale() > REPORTED_SUPPORT_SCALE) {
            errors.put("reportedSupportPercent", "At most " + REPORTED_SUPPORT_SCALE + " decimals, as published.");
        }
        if (basis != null && basis.length() > BASIS_MAX) {
            errors.put("reportedBasis", "At most " + BASIS_MAX + " characters.");
        }
        if (from == null || from.isBlank()) {
            errors.put("source", "Say where the figure comes from, such as the company's Form 8-K and its date.");
        } else if (from.length() > SOURCE_MAX) {
            errors.put("source", "At most " + SOURCE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.reportedSupport = percent.setScale(REPORTED_SUPPORT_SCALE);
        this.reportedBasis = basis == null || basis.isBlank() ? null : basis.strip();
        this.source = from.strip();
        this.recordedAt = at;
    }

    /**
     * The support a chart and the resubmission check use: the engine's SEC figure from the counts, or else the
     * reported one, labelled as such.
     */
    public Optional<SupportFigure> support(FilingRules rules) {
        var computed = result(rules);
        if (computed.isPresent()) {
            var sec = computed.get().sec();
            return sec.isDefined()
                    ? Optional.of(new SupportFigure(sec.percent(), false, sec.label(), source))
                    : Optional.empty();
        }
        if (reportedSupport == null) {
            return Optional.empty();
        }
        var label = reportedBasis == null ? "As reported" : "As reported (" + reportedBasis + ")";
        return Optional.of(new SupportFigure(reportedSupport, true, label, source));
    }

    /** This vote as the resubmission check weighs it, once there is one. */
    public Optional<PriorVote> priorVote() {
        var held = meetingDate();
        return counts().map(c -> new PriorVote(held, c))
                .or(() -> Optional.ofNullable(reportedSupport).map(p -> PriorVote.reported(held, p)));
    }

    public BigDecimal getReportedSupport() {
        return reportedSupport;
    }

    public String getReportedBasis() {
        return reportedBasis;
    }

    /**
     * The company's statement in opposition, received on {@code receivedOn}, and the definitive proxy it goes into:
     * the engine says whether it came 30 days before (14a-8(m)(3)). Refused: a statement received after today or
     * after the proxy, a proxy on or after the meeting.
     */
    public void recordOppositionStatement(LocalDate receivedOn, LocalDate proxyDate, LocalDate today, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        Answers.requireDay(errors, "receivedOn", receivedOn, today);
        if (proxyDate == null) {
            errors.put(
                    "definitiveProxyDate", "Give the date the company files (or plans to file) its definitive proxy.");
        } else if (!proxyDate.isBefore(meetingDate())) {
            errors.put(
                    "definitiveProxyDate",
                    "The definitive proxy is filed before the meeting (" + meetingDate() + "), not on " + proxyDate
                            + ".");
        } else if (receivedOn != null && receivedOn.isAfter(proxyDate)) {
            errors.put("receivedOn", "A statement for the proxy comes before it is filed (" + proxyDate + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.oppositionReceivedOn = receivedOn;
        this.definitiveProxyDate = proxyDate;
        this.recordedAt = at;
    }

    /** The 30-day clock of the statement in opposition, once one is recorded. */
    public Optional<ClockVerdict> oppositionClock(FilingRules rules) {
        return definitiveProxyDate == null
                ? Optional.empty()
                : Optional.of(rules.oppositionStatement(meetingDate(), definitiveProxyDate));
    }

    public LocalDate getDefinitiveProxyDate() {
        return definitiveProxyDate;
    }

    public LocalDate getOppositionReceivedOn() {
        return oppositionReceivedOn;
    }

    public Optional<VoteCounts> counts() {
        if (votesFor == null) {
            return Optional.empty();
        }
        return Optional.of(new VoteCounts(votesFor, votesAgainst, votesAbstain, brokerNonVotes, sharesOutstanding));
    }

    /** Both support figures, labelled, from the engine. */
    public Optional<VoteResult> result(FilingRules rules) {
        return counts().map(rules::voteResult);
    }

    /** The meetings the proponents' proposals may be excluded from after a no-show without good cause (14a-8(h)(3)). */
    public Optional<ClockVerdict> noShowBar(FilingRules rules) {
        if (!Boolean.FALSE.equals(presented)) {
            return Optional.empty();
        }
        return Optional.of(rules.noShowBar(meetingDate(), goodCause));
    }

    private LocalDate meetingDate() {
        return resolution.getMeeting().getMeetingDate();
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Integer getItemNumber() {
        return itemNumber;
    }

    public Boolean getPresented() {
        return presented;
    }

    public String getPresenter() {
        return presenter;
    }

    public boolean isGoodCause() {
        return goodCause;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String auditLabel() {
        return "Meeting outcome of resolution " + resolution.getId();
    }
}

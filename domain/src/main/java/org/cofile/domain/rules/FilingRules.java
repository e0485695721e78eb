package org.cofile.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cofile.domain.rules.us.Rule14a8;
import org.cofile.domain.rules.us.StaffPosture;
import org.cofile.domain.rules.us.StaffPosture2025;
import org.cofile.domain.rules.us.SupportCalculator;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.Percentage;

/**
 * The filing rules engine: one entry point for every check, each choosing the rule set in force for the meeting date
 * and returning a verdict with the rule set, the citation and an explanation. Stateless and thread-safe. Bad input
 * raises {@link org.cofile.domain.shared.InvalidInputException} naming the field.
 */
public final class FilingRules {

    private final RuleSetRegistry registry;
    private final List<StaffPosture> staffPostures;

    /** The engine with every rule set and staff posture in this library. */
    public FilingRules() {
        this(RuleSetRegistry.standard(), List.of(new StaffPosture2025()));
    }

    public FilingRules(RuleSetRegistry registry, List<StaffPosture> staffPostures) {
        this.registry = Checks.notNull(registry, "registry");
        this.staffPostures = Checks.noNulls(staffPostures, "staffPostures");
    }

    /** The rule set in force in {@code jurisdiction} for a meeting on {@code meetingDate}. */
    public RuleSet ruleSetFor(Jurisdiction jurisdiction, LocalDate meetingDate) {
        return registry.inForce(jurisdiction, Bounds.date(meetingDate, "meetingDate"));
    }

    /** Whether the proponent (or group of members) may file for the meeting, and why. */
    public EligibilityVerdict eligibility(EligibilityQuery query) {
        Checks.notNull(query, "query");
        return ruleSetFor(query.jurisdiction(), query.meetingDate()).eligibility(query);
    }

    /** The last day (and, in Canada, the first day) a submission may reach the company. */
    public DeadlineVerdict submissionDeadline(DeadlineQuery query) {
        Checks.notNull(query, "query");
        return ruleSetFor(query.jurisdiction(), query.meetingDate()).submissionDeadline(query);
    }

    /** Counts the words of {@code text} under the latest rule set of {@code jurisdiction}; see {@link WordCounter}. */
    public WordCountVerdict wordCount(Jurisdiction jurisdiction, TextKind textKind, String text) {
        Checks.notNull(jurisdiction, "jurisdiction");
        return wordCount(registry.latest(jurisdiction), textKind, text);
    }

    /** Counts the words of {@code text} under the rule set in force for the meeting; see {@link WordCounter}. */
    public WordCountVerdict wordCount(
            Jurisdiction jurisdiction, LocalDate meetingDate, TextKind textKind, String text) {
        return wordCount(ruleSetFor(jurisdiction, meetingDate), textKind, text);
    }

    private static WordCountVerdict wordCount(RuleSet ruleSet, TextKind textKind, String text) {
        Checks.notNull(textKind, "textKind");
        int count = WordCounter.count(Bounds.text(text, Bounds.MAX_TEXT, "text"));
        return ruleSet.wordLimit(textKind)
                .map(limit -> {
                    int over = Math.max(0, count - limit.maxWords());
                    String explanation = over == 0
                            ? count + " words, within the limit of " + limit.maxWords() + "."
                            : count + " words, " + over + " over the limit of " + limit.maxWords() + ".";
                    return new WordCountVerdict(
                            ruleSet.ref(),
                            textKind,
                            count,
                            limit.maxWords(),
                            over == 0,
                            over,
                            limit.citation(),
                            explanation);
                })
                .orElseGet(() -> new WordCountVerdict(
                        ruleSet.ref(),
                        textKind,
                        count,
                        null,
                        true,
                        0,
                        ruleSet.source(),
                        count + " words; " + ruleSet.ref().name() + " sets no word limit for this kind of text."));
    }

    /** Support for a proposal by the SEC formula and by the company's formula. */
    public VoteResult voteResult(VoteCounts counts) {
        return SupportCalculator.of(Checks.notNull(counts, "counts"));
    }

    /** Whether a US proposal may be excluded as a resubmission (14a-8(i)(12)) from the meeting in the query. */
    public ResubmissionVerdict resubmission(ResubmissionQuery query) {
        Checks.notNull(query, "query");
        return us(query.meetingDate()).resubmission(query);
    }

    /**
     * The resubmission thresholds in force for a US meeting on {@code meetingDate}: after one, two, and three or more
     * votes in the preceding five calendar years (14a-8(i)(12)). A support chart draws them as the lines of each year.
     */
    public List<Percentage> resubmissionThresholds(LocalDate meetingDate) {
        var rule = us(meetingDate);
        return List.of(rule.resubmissionThreshold(1), rule.resubmissionThreshold(2), rule.resubmissionThreshold(3));
    }

    /**
     * The one-proposal-per-meeting check (14a-8(c)) over {@code filings}, meeting by meeting, each under the rule set
     * in force for its meeting date.
     */
    public OnePerMeetingVerdict onePerMeeting(Collection<Filing> filings) {
        List<Filing> all = Checks.noNulls(filings, "filings");
        Map<String, List<Filing>> byMeeting = new LinkedHashMap<>();
        for (Filing f : all) {
            byMeeting
                    .computeIfAbsent(f.companyId() + "@" + f.meetingDate(), k -> new ArrayList<>())
                    .add(f);
        }
        List<OnePerMeetingConflict> conflicts = new ArrayList<>();
        Set<RuleSetRef> used = new LinkedHashSet<>();
        for (List<Filing> meeting : byMeeting.values()) {
            Rule14a8 rule = us(meeting.get(0).meetingDate());
            used.add(rule.ref());
            conflicts.addAll(rule.onePerMeeting(meeting));
        }
        String explanation = conflicts.isEmpty()
                ? "No one appears in more than one proposal for the same meeting (" + all.size() + " filings, "
                        + byMeeting.size() + (byMeeting.size() == 1 ? " meeting)." : " meetings).")
                : conflicts.size() + (conflicts.size() == 1 ? " person appears" : " people appear")
                        + " in more than one proposal for the same meeting: "
                        + String.join(
                                "; ",
                                conflicts.stream()
                                        .map(OnePerMeetingConflict::explanation)
                                        .toList());
        return new OnePerMeetingVerdict(conflicts, List.copyOf(used), explanation);
    }

    /**
     * Whether a no-action request filed on {@code requestDate} is in time (14a-8(j)). The rule set is the one in force
     * on the definitive proxy date (the meeting follows it; both rule sets share the 80-day text); the staff posture is
     * the one in force on the request date.
     */
    public NoActionTimingVerdict noActionTiming(LocalDate requestDate, LocalDate definitiveProxyDate) {
        Bounds.date(Checks.notNull(requestDate, "requestDate"), "requestDate");
        Bounds.date(Checks.notNull(definitiveProxyDate, "definitiveProxyDate"), "definitiveProxyDate");
        StaffPosture posture = staffPostures.stream()
                .filter(p -> p.coversRequestOn(requestDate))
                .findFirst()
                .orElse(null);
        return us(definitiveProxyDate).noActionTiming(requestDate, definitiveProxyDate, posture);
    }

    /** The last day for the company's deficiency notice (14a-8(f)(1)). */
    public ClockVerdict deficiencyNotice(LocalDate meetingDate, LocalDate proposalReceivedOn) {
        return us(meetingDate).deficiencyNotice(Bounds.date(proposalReceivedOn, "proposalReceivedOn"));
    }

    /** The last day for the proponent's answer to a deficiency notice (14a-8(f)(1)). */
    public ClockVerdict deficiencyResponse(LocalDate meetingDate, LocalDate noticeReceivedOn) {
        return us(meetingDate).deficiencyResponse(Bounds.date(noticeReceivedOn, "noticeReceivedOn"));
    }

    /** The days the proponent must offer to meet the company (14a-8(b)(1)(iii), 2020 rule set only). */
    public ClockVerdict engagementWindow(LocalDate meetingDate, LocalDate submissionDate) {
        return us(meetingDate).engagementWindow(Bounds.date(submissionDate, "submissionDate"));
    }

    /** The last day for the company's statement in opposition (14a-8(m)(3)). */
    public ClockVerdict oppositionStatement(LocalDate meetingDate, LocalDate definitiveProxyDate) {
        return us(meetingDate).oppositionStatement(Bounds.date(definitiveProxyDate, "definitiveProxyDate"));
    }

    /** The meetings from which a proponent's proposals may be excluded after a no-show (14a-8(h)(3)). */
    public ClockVerdict noShowBar(LocalDate missedMeetingDate, boolean goodCause) {
        return us(missedMeetingDate).noShowBar(missedMeetingDate, goodCause);
    }

    private Rule14a8 us(LocalDate meetingDate) {
        Bounds.date(Checks.notNull(meetingDate, "meetingDate"), "meetingDate");
        RuleSet ruleSet = registry.inForce(Jurisdiction.US, meetingDate);
        if (ruleSet instanceof Rule14a8 rule) {
            return rule;
        }
        throw new IllegalStateException(ruleSet.ref().id() + " is registered for US but is not a Rule 14a-8 rule set");
    }
}

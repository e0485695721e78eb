package org.cofile.workflow.answers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionPolicy;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.workflow.answers.Accountability.CompanyRecord;
import org.cofile.workflow.answers.Accountability.SubjectRecord;
import org.cofile.workflow.answers.Accountability.YearRecord;
import org.cofile.workflow.shared.Caller;

/**
 * The accountability view: every filed resolution the caller may see, grouped by company and subject, with what came
 * of it. A fixed number of queries however many resolutions there are.
 */
@Stateless
public class AccountabilityService {

    private static final FilingRules RULES = new FilingRules();

    /** A coalition's record over many years fits; beyond it the view asks for one company at a time. */
    public static final int RESOLUTIONS_SHOWN = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AnswersOfResolutions answers;

    private final Clock clock = Clock.systemUTC();

    /** Of one company, or of every company when {@code companyId} is {@code null}. */
    public Accountability overview(Long companyId) {
        var filed = filedResolutions(companyId);
        if (filed.isEmpty()) {
            return new Accountability(List.of());
        }
        var ids = filed.stream().map(Resolution::getId).toList();
        var outcomes = answers.outcomes(ids);
        var boardResponses = answers.boardResponses(ids);
        var requests = answers.noActionRequests(ids);
        var commitments = answers.commitments(ids);
        Map<Long, YearRecord> years = new HashMap<>();
        for (var resolution : filed) {
            var outcome = outcomes.get(resolution.getId());
            years.put(
                    resolution.getId(),
                    new YearRecord(
                            resolution,
                            outcome,
                            outcome == null ? null : outcome.support(RULES).orElse(null),
                            requests.getOrDefault(resolution.getId(), List.of()),
                            boardResponses.get(resolution.getId()),
                            commitments.getOrDefault(resolution.getId(), List.of()),
                            Jurisdiction.US.equals(resolution.getJurisdiction())
                                    ? RULES.resubmissionThresholds(
                                            resolution.getMeeting().getMeetingDate())
                                    : List.of()));
        }
        var nextMeetings = nextMeetings(filed);
        var companies = new ArrayList<CompanyRecord>();
        filed.stream()
                .collect(Collectors.groupingBy(Resolution::getCompany, LinkedHashMap::new, Collectors.toList()))
                .forEach((company, ofCompany) -> companies.add(
                        new CompanyRecord(company, subjects(ofCompany, years, nextMeetings.get(company.getId())))));
        return new Accountability(companies);
    }

    private List<Resolution> filedResolutions(Long companyId) {
        var access = caller.access();
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Resolution.class);
        var root = query.from(Resolution.class);
        root.fetch("coalition");
        var company = root.fetch("company");
        var meeting = root.fetch("meeting");
        root.fetch("leadFiler");
        var conditions = new ArrayList<Predicate>();
        conditions.add(ResolutionPolicy.visibleTo(access).on(cb, query, root));
        conditions.add(root.get("state").in(ResolutionState.FILED, ResolutionState.WITHDRAWN));
        if (companyId != null) {
            conditions.add(cb.equal(root.get("company").get("id"), companyId));
        }
        query.where(conditions.toArray(Predicate[]::new))
                .orderBy(
                        cb.asc(((Path<?>) company).get("name")),
                        cb.asc(((Path<?>) meeting).get("meetingDate")),
                        cb.asc(root.get("id")));
        return em.createQuery(query).setMaxResults(RESOLUTIONS_SHOWN).getResultList();
    }

    /** The resolutions of one company as subjects: each linked subject, then each resolution linked to none. */
    private List<SubjectRecord> subjects(
            List<Resolution> ofCompany, Map<Long, YearRecord> years, AnnualMeeting nextMeeting) {
        var ids = ofCompany.stream().map(Resolution::getId).toList();
        var linked = new LinkedHashMap<Long, List<YearRecord>>();
        var titles = new HashMap<Long, String>();
        var inASubject = new HashSet<Long>();
        for (Object[] link : em.createNamedQuery("Subject.listLinksOfResolutions", Object[].class)
                .setParameter("resolutions", ids)
                .getResultList()) {
            long subjectId = (Long) link[0];
            titles.put(subjectId, (String) link[1]);
            long resolutionId = (Long) link[2];
            linked.computeIfAbsent(subjectId, s -> new ArrayList<>()).add(years.get(resolutionId));
            inASubject.add(resolutionId);
        }
        var subjects = new ArrayList<SubjectRecord>();
        linked.forEach((subjectId, ofSubject) -> {
            ofSubject.sort(Comparator.comparing(YearRecord::meetingDate));
            subjects.add(subject(subjectId, titles.get(subjectId), ofSubject, nextMeeting));
        });
        for (var resolution : ofCompany) {
            if (!inASubject.contains(resolution.getId())) {
                subjects.add(subject(
                        null, resolution.getText().getTitle(), List.of(years.get(resolution.getId())), nextMeeting));
            }
        }
        return subjects;
    }

    private SubjectRecord subject(Long id, String title, List<YearRecord> years, AnnualMeeting nextMeeting) {
        var prior = years.stream()
                .filter(y -> Jurisdiction.US.equals(y.resolution().getJurisdiction()) && y.outcome() != null)
                .map(y -> y.outcome().priorVote().orElse(null))
                .filter(Objects::nonNull)
                .toList();
        if (nextMeeting == null || prior.isEmpty()) {
            return new SubjectRecord(id, title, years, nextMeeting == null ? null : nextMeeting.getMeetingDate(), null);
        }
        var verdict = RULES.resubmission(new ResubmissionQuery(
                nextMeeting.getMeetingDate(),
                prior.stream()
                        .filter(v -> v.meetingDate().isBefore(nextMeeting.getMeetingDate()))
                        .toList()));
        return new SubjectRecord(id, title, years, nextMeeting.getMeetingDate(), verdict);
    }

    /** Each company's next meeting from today, in one query. */
    private Map<Long, AnnualMeeting> nextMeetings(List<Resolution> filed) {
        var companyIds =
                filed.stream().map(r -> r.getCompany().getId()).distinct().toList();
        var next = new HashMap<Long, AnnualMeeting>();
        em.createNamedQuery("AnnualMeeting.listUpcomingOfCompanies", AnnualMeeting.class)
                .setParameter("companies", companyIds)
                .setParameter("from", LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .getResultList()
                .forEach(m -> next.putIfAbsent(m.getCompany().getId(), m));
        return next;
    }
}

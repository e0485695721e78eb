package org.cofile.workflow.resolution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cofile.domain.cofiling.Proponent;
import org.cofile.domain.company.Company;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Coalition;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.ResolutionPolicy;
import org.cofile.domain.resolution.ResolutionTemplate;
import org.cofile.domain.resolution.ResolutionVersion;
import org.cofile.domain.resolution.ReviewAction;
import org.cofile.domain.resolution.ReviewComment;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.cofiling.ProponentSlots;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;

/**
 * Drafting a resolution and its review by the coalition. Each method is one use case: it reads the caller's {@link
 * Access}, asks {@link ResolutionPolicy} (a resolution the caller may not see is not found; one it may see but not
 * change is refused), lets the aggregate change itself, and persists what the aggregate returns.
 */
@Stateless
public class ResolutionService {

    private static final FilingRules RULES = new FilingRules();
    private static final Set<String> SORTABLE = Set.of("title", "state", "kind", "updatedAt", "words");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FilingDeadlines deadlines;

    @Inject
    private ProponentSlots slots;

    private final Clock clock = Clock.systemUTC();

    /** One page of the resolutions the caller may see, narrowed by {@code filter}; rows and count in two queries. */
    public Page<ResolutionSummary> list(@NotNull PageRequest request, @NotNull ResolutionFilter filter) {
        var access = caller.access();
        var cb = em.getCriteriaBuilder();

        var query = cb.createQuery(ResolutionSummary.class);
        var root = query.from(Resolution.class);
        var coalition = root.join("coalition");
        var company = root.join("company");
        var meeting = root.join("meeting");
        var leadFiler = root.join("leadFiler");
        query.select(cb.construct(
                        ResolutionSummary.class,
                        root.get("id"),
                        root.get("text").get("title"),
                        root.get("kind"),
                        root.get("state"),
                        coalition.get("id"),
                        coalition.get("name"),
                        company.get("id"),
                        company.get("name"),
                        meeting.get("id"),
                        meeting.get("meetingDate"),
                        leadFiler.get("name"),
                        root.get("currentVersion"),
                        root.get("words"),
                        root.get("updatedAt")))
                .where(conditions(cb, query, root, access, filter));
        boolean chosen = request.sortBy() != null && SORTABLE.contains(request.sortBy());
        var sortBy = chosen
                ? ("title".equals(request.sortBy()) ? root.get("text").get("title") : root.get(request.sortBy()))
                : root.get("updatedAt");
        boolean ascending = chosen && request.ascending();
        query.orderBy(
                ascending ? cb.asc(sortBy) : cb.desc(sortBy),
                ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        var rows = em.createQuery(query)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        var count = cb.createQuery(Long.class);
        var countRoot = count.from(Resolution.class);
        count.select(cb.count(countRoot)).where(conditions(cb, count, countRoot, access, filter));
        return new Page<>(rows, em.createQuery(count).getSingleResult());
    }

    /**
     * Every resolution the caller may see, narrowed by {@code filter}, up to {@code max}, with what each refers to read
     * in the same query: for the exports of the list. Companies by name, then meetings, newest first.
     */
    public List<Resolution> listAll(@NotNull ResolutionFilter filter, int max) {
        var access = caller.access();
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Resolution.class);
        var root = query.from(Resolution.class);
        root.fetch("coalition");
        var company = root.fetch("company");
        var meeting = root.fetch("meeting");
        root.fetch("leadFiler");
        query.where(conditions(cb, query, root, access, filter))
                .orderBy(
                        cb.asc(((Path<?>) company).get("name")),
                        cb.desc(((Path<?>) meeting).get("meetingDate")),
                        cb.asc(root.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    private static Predicate conditions(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Resolution> root, Access access, ResolutionFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(ResolutionPolicy.visibleTo(access).on(cb, query, root));
        if (filter.state() != null) {
            predicates.add(cb.equal(root.get("state"), filter.state()));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.companyId() != null) {
            predicates.add(cb.equal(root.get("company").get("id"), filter.companyId()));
        }
        if (filter.coalitionId() != null) {
            predicates.add(cb.equal(root.get("coalition").get("id"), filter.coalitionId()));
        }
        if (filter.meetingId() != null) {
            predicates.add(cb.equal(root.get("meeting").get("id"), filter.meetingId()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            var pattern = "%"
                    + filter.q()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            predicates.add(cb.like(cb.lower(root.get("text").get("title")), pattern, '\\'));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The resolution, if {@code access} may see it, with what it refers to read in the same query. */
    public Optional<Resolution> findVisible(long id, Access access) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Resolution.class);
        var root = query.from(Resolution.class);
        root.fetch("coalition");
        root.fetch("company");
        root.fetch("meeting");
        root.fetch("leadFiler");
        query.where(
                cb.equal(root.get("id"), id), ResolutionPolicy.visibleTo(access).on(cb, query, root));
        return em.createQuery(query).getResultStream().findFirst();
    }

    public Optional<Resolution> find(long id) {
        return findVisible(id, caller.access());
    }

    /**
     * Everything a resolution's page shows, read in one use case: the resolution with its details, its versions,
     * comments and timeline, and the difference between its last two versions.
     */
    public ResolutionPage page(long id) {
        var access = caller.access();
        var resolution = visible(id, access);
        int current = resolution.getCurrentVersion();
        return new ResolutionPage(
                details(resolution, access),
                versionsOf(id),
                commentsOf(id),
                timelineOf(id),
                current > 1
                        ? VersionDiff.between(versionOf(id, current - 1, null), versionOf(id, current, null))
                        : null);
    }

    /** The resolution with its word count, filing deadline and what the caller may do; 404 if it may not see it. */
    public ResolutionDetails get(long id) {
        var access = caller.access();
        return details(visible(id, access), access);
    }

    private ResolutionDetails details(Resolution resolution, Access access) {
        var actions = EnumSet.noneOf(ReviewAction.class);
        for (var action : ReviewAction.values()) {
            if (action.isAllowedFrom(resolution.getState())
                    && ResolutionPolicy.mayPerform(access, resolution, action)) {
                actions.add(action);
            }
        }
        var deadline = deadlines.lookup(resolution);
        return new ResolutionDetails(
                resolution,
                resolution.wordCount(RULES),
                deadline.verdict(),
                deadline.unavailable(),
                resolution.getState().isEditable() && ResolutionPolicy.mayEdit(access, resolution),
                resolution.getState().isOpenForComments() && ResolutionPolicy.mayComment(access, resolution),
                Set.copyOf(actions));
    }

    /** Starts a draft from {@code data}; the caller must be a filer in the coalition. */
    public Resolution create(@NotNull ResolutionData data) {
        var access = caller.access();
        var member = member(access);
        var errors = new LinkedHashMap<String, String>();
        if (data.getCoalitionId() == null) {
            errors.put("coalitionId", "Choose the coalition.");
        }
        if (data.getCompanyId() == null) {
            errors.put("companyId", "Choose the company.");
        }
        if (data.getMeetingId() == null) {
            errors.put("meetingId", "Choose the annual meeting.");
        }
        if (data.getLeadFilerOrganizationId() == null) {
            errors.put("leadFilerOrganizationId", "Choose the lead filer.");
        }
        if (data.getKind() == null) {
            errors.put("kind", "Choose a kind of resolution.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A coalition the caller is not in does not exist for it.
        if (!access.inCoalition(data.getCoalitionId())) {
            throw new InvalidInputException("coalitionId", "You are in no coalition " + data.getCoalitionId() + ".");
        }
        if (!ResolutionPolicy.mayDraftIn(access, data.getCoalitionId())) {
            throw new AccessDeniedException("Only filers and organization admins draft resolutions.");
        }
        if (!ResolutionPolicy.mayNameLeadFiler(access, data.getCoalitionId(), data.getLeadFilerOrganizationId())) {
            throw new InvalidInputException(
                    "leadFilerOrganizationId",
                    "Name your own organization as lead filer; only a coalition admin may name another.");
        }
        var coalition = em.find(Coalition.class, data.getCoalitionId());
        var company = Optional.ofNullable(em.find(Company.class, data.getCompanyId()))
                .orElseThrow(() -> new InvalidInputException("companyId", "There is no such company."));
        var meeting = Optional.ofNullable(em.find(AnnualMeeting.class, data.getMeetingId()))
                .orElseThrow(() -> new InvalidInputException("meetingId", "There is no such annual meeting."));
        var leadFiler = Optional.ofNullable(em.find(Organization.class, data.getLeadFilerOrganizationId()))
                .orElseThrow(
                        () -> new InvalidInputException("leadFilerOrganizationId", "There is no such organization."));
        var drafted = Resolution.draft(
                coalition,
                company,
                meeting,
                leadFiler,
                jurisdiction(data.getJurisdiction(), company),
                data.text(data.getKind()),
                data.getKind(),
                data.getTopics(),
                member,
                now(),
                RULES);
        em.persist(drafted.resolution());
        em.persist(drafted.firstVersion());
        em.persist(drafted.created());
        return drafted.resolution();
    }

    /**
     * Saves a new version. A save edited from an older version than the latest is refused with {@link
     * org.cofile.domain.resolution.StaleVersionException}; the caller shows both texts.
     */
    public Resolution revise(long id, @NotNull ResolutionData data) {
        var access = caller.access();
        var resolution = visible(id, access);
        if (!ResolutionPolicy.mayEdit(access, resolution)) {
            throw new AccessDeniedException("Only filers of the lead filer and the coalition's admins edit it.");
        }
        if (data.getVersion() == null) {
            throw new InvalidInputException("version", "Say which version you edited.");
        }
        var version = resolution.revise(
                data.getVersion(),
                data.text(resolution.getKind()),
                data.getTopics(),
                jurisdiction(
                        data.getJurisdiction() == null
                                ? resolution.getJurisdiction().code()
                                : data.getJurisdiction(),
                        resolution.getCompany()),
                data.getNote(),
                member(access),
                now(),
                RULES);
        em.persist(version);
        em.persist(resolution.versionSaved(version));
        return resolution;
    }

    /** Takes a review action; 403 when the caller may not, 409 when the state does not allow it. */
    public ResolutionDetails perform(long id, ReviewAction action, String reason) {
        var access = caller.access();
        var resolution = visible(id, access);
        if (action == null) {
            throw new InvalidInputException(
                    "action", "Choose one of SUBMIT_FOR_REVIEW, APPROVE, RETURN_TO_DRAFT, ABANDON.");
        }
        if (!ResolutionPolicy.mayPerform(access, resolution, action)) {
            throw new AccessDeniedException(
                    switch (action) {
                        case APPROVE, RETURN_TO_DRAFT -> "Only the coalition's admins approve or return a resolution.";
                        default -> "Only filers of the lead filer and the coalition's admins may do this.";
                    });
        }
        em.persist(resolution.perform(action, reason, member(access), now(), RULES));
        if (action == ReviewAction.APPROVE) {
            // The lead filer is the first proponent, and claims the meeting under 14a-8(c) from now on.
            var lead = resolution.leadProponent(now());
            em.persist(lead);
            slots.claim(resolution, Proponent.of(resolution.getLeadFiler()));
        }
        return details(resolution, access);
    }

    public List<ResolutionVersion> versions(long id) {
        visible(id, caller.access());
        return versionsOf(id);
    }

    private List<ResolutionVersion> versionsOf(long id) {
        return em.createNamedQuery("ResolutionVersion.listByResolution", ResolutionVersion.class)
                .setParameter("resolution", id)
                .getResultList();
    }

    public ResolutionVersion version(long id, int number) {
        visible(id, caller.access());
        return versionOf(id, number, null);
    }

    private ResolutionVersion versionOf(long id, int number, String field) {
        return em.createNamedQuery("ResolutionVersion.findByNumber", ResolutionVersion.class)
                .setParameter("resolution", id)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> field == null
                        ? new NotFoundException("Version", number)
                        : new InvalidInputException(field, "There is no version " + number + "."));
    }

    /** The word-by-word difference between two versions, field by field. */
    public VersionDiff diff(long id, int from, int to) {
        visible(id, caller.access());
        var older = versionOf(id, from, "from");
        var newer = versionOf(id, to, "to");
        return VersionDiff.between(older, newer);
    }

    public List<ReviewComment> comments(long id) {
        visible(id, caller.access());
        return commentsOf(id);
    }

    private List<ReviewComment> commentsOf(long id) {
        return em.createNamedQuery("ReviewComment.listByResolution", ReviewComment.class)
                .setParameter("resolution", id)
                .getResultList();
    }

    /** A comment on one version, by anyone who may see the resolution. */
    public ReviewComment comment(long id, Integer versionNumber, String text) {
        var access = caller.access();
        var resolution = visible(id, access);
        if (!ResolutionPolicy.mayComment(access, resolution)) {
            throw new AccessDeniedException("You may not comment on this resolution.");
        }
        if (versionNumber == null) {
            throw new InvalidInputException("versionNumber", "Say which version you comment on.");
        }
        var comment = resolution.comment(versionNumber, text, member(access), now());
        em.persist(comment);
        em.persist(ResolutionEvent.commented(comment));
        return comment;
    }

    public List<ResolutionEvent> timeline(long id) {
        visible(id, caller.access());
        return timelineOf(id);
    }

    private List<ResolutionEvent> timelineOf(long id) {
        return em.createNamedQuery("ResolutionEvent.listByResolution", ResolutionEvent.class)
                .setParameter("resolution", id)
                .getResultList();
    }

    public List<ResolutionTemplate> templates() {
        caller.getMember();
        return ResolutionTemplate.all();
    }

    /** The coalitions where the caller may draft a resolution; empty for a member who may draft nowhere. */
    public List<Coalition> draftingCoalitions() {
        var access = caller.access();
        return coalitions().stream()
                .filter(c -> ResolutionPolicy.mayDraftIn(access, c.getId()))
                .toList();
    }

    /** The coalitions of the caller's organization. */
    public List<Coalition> coalitions() {
        var member = caller.getMember();
        return em.createNamedQuery("Coalition.listByOrganization", Coalition.class)
                .setParameter("organization", member.getOrganization().getId())
                .getResultList();
    }

    /**
     * The organizations the caller may name as lead filer in the coalition: all of the coalition's for its admins,
     * otherwise its own organization.
     */
    public List<Organization> leadFilerChoices(long coalitionId) {
        var access = caller.access();
        if (!access.inCoalition(coalitionId)) {
            return List.of();
        }
        return em
                .createNamedQuery("Organization.listByCoalition", Organization.class)
                .setParameter("coalition", coalitionId)
                .getResultList()
                .stream()
                .filter(o -> ResolutionPolicy.mayNameLeadFiler(access, coalitionId, o.getId()))
                .toList();
    }

    private Resolution visible(long id, Access access) {
        return findVisible(id, access).orElseThrow(() -> new NotFoundException("Resolution", id));
    }

    private Member member(Access access) {
        return em.find(Member.class, access.memberId());
    }

    private static Jurisdiction jurisdiction(String code, Company company) {
        if (code != null && !code.isBlank()) {
            return Jurisdiction.parse(code);
        }
        return Jurisdiction.ofCompanyCountry(company.getCountryCode())
                .orElseThrow(() -> new InvalidInputException(
                        "jurisdiction",
                        "Cofile has no rules for companies of " + company.getCountryCode()
                                + "; choose the jurisdiction whose rules apply."));
    }

    private Instant now() {
        return clock.instant();
    }
}

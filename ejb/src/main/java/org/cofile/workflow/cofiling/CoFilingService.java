package org.cofile.workflow.cofiling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerReadiness;
import org.cofile.domain.cofiling.CoFilerStatus;
import org.cofile.domain.cofiling.CoFilingPolicy;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.cofiling.DocumentContent;
import org.cofile.domain.cofiling.DocumentKind;
import org.cofile.domain.cofiling.FilingDocument;
import org.cofile.domain.cofiling.HoldingRecord;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.Timeliness;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.resolution.FilingDeadlines;
import org.cofile.workflow.resolution.ResolutionService;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Co-filing an approved resolution, one use case per method: the caller's {@link Access} is read, {@link
 * CoFilingPolicy} decides (a resolution or letter the caller may not see is not found; an action it may see but not
 * take is refused), the aggregates change themselves, and the timeline records what people did in the same
 * transaction.
 */
@Stateless
public class CoFilingService {

    private static final FilingRules RULES = new FilingRules();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ResolutionService resolutions;

    @Inject
    private FilingDeadlines deadlines;

    @Inject
    private ProponentSlots slots;

    @Inject
    private PdfDetector pdfs;

    private final Clock clock = Clock.systemUTC();

    /** Who co-files the resolution, each as far as the caller may see it. */
    public List<CoFilerDetails> list(long resolutionId) {
        return page(resolutionId).coFilers();
    }

    /** Everything the co-filing page shows, in a bounded number of queries whatever the number of co-filers. */
    public CoFilingPage page(long resolutionId) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        var submission = resolution.submissionDateFor(deadline, today());
        var coFilers = coFilersOf(resolutionId);
        var documents = documentsOf(resolutionId, access);
        Map<Long, List<FilingDocument>> byOrganization = new HashMap<>();
        var receipts = new ArrayList<FilingDocument>();
        for (var document : documents) {
            if (document.getKind() == DocumentKind.ACKNOWLEDGEMENT) {
                receipts.add(document);
            } else {
                byOrganization
                        .computeIfAbsent(document.getOrganization().getId(), k -> new ArrayList<>())
                        .add(document);
            }
        }
        var details = coFilers.stream()
                .map(c -> details(c, access, submission, byOrganization))
                .toList();
        boolean manage = CoFilingPolicy.mayManage(access, resolution);
        boolean open =
                resolution.getState() == ResolutionState.APPROVED && (deadline == null || !today().isAfter(deadline));
        List<Organization> invitable = List.of();
        if (manage && open) {
            var present =
                    coFilers.stream().map(c -> c.getOrganization().getId()).toList();
            invitable = em
                    .createNamedQuery("Organization.listByCoalition", Organization.class)
                    .setParameter("coalition", resolution.getCoalition().getId())
                    .getResultList()
                    .stream()
                    .filter(o -> !present.contains(o.getId()))
                    .toList();
        }
        boolean ask = open
                && CoFilingPolicy.mayAskToJoin(access, resolution)
                && coFilers.stream().noneMatch(c -> c.getOrganization().getId() == access.organizationId());
        return new CoFilingPage(
                resolution,
                deadline,
                submission,
                engagementWindow(resolution, submission),
                details,
                invitable,
                manage,
                manage && resolution.getState() == ResolutionState.APPROVED,
                ask,
                open,
                receipts);
    }

    private CoFilerDetails details(
            CoFiler coFiler, Access access, LocalDate submission, Map<Long, List<FilingDocument>> documents) {
        var resolution = coFiler.getResolution();
        long organization = coFiler.getOrganization().getId();
        boolean approved = resolution.getState() == ResolutionState.APPROVED;
        CoFilerReadiness readiness = null;
        if (CoFilingPolicy.maySeeRecordOf(access, resolution, organization)) {
            readiness = CoFilerReadiness.of(
                    coFiler,
                    resolution.getJurisdiction(),
                    resolution.getMeeting().getMeetingDate(),
                    submission,
                    RULES);
        }
        boolean mayDecide = approved
                && switch (coFiler.getStatus()) {
                    case INVITED -> CoFilingPolicy.mayActFor(access, resolution, organization);
                    case REQUESTED -> CoFilingPolicy.mayManage(access, resolution);
                    default -> false;
                };
        return new CoFilerDetails(
                coFiler,
                readiness,
                documents.getOrDefault(organization, List.of()),
                approved
                        && coFiler.getStatus().isProponent()
                        && CoFilingPolicy.mayActFor(access, resolution, organization),
                mayDecide);
    }

    /**
     * Invites {@code organizationId} (the lead filer's filers and the coalition's admins), or, with no organization,
     * asks to join for the caller's own organization.
     */
    public CoFilerDetails invite(long resolutionId, Long organizationId) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        boolean asking = organizationId == null || organizationId == access.organizationId();
        if (asking) {
            if (!CoFilingPolicy.mayAskToJoin(access, resolution)) {
                throw new AccessDeniedException(
                        access.actsFor(resolution.getLeadFiler().getId())
                                ? "Your organization is the lead filer."
                                : "Only filers of an organization of the coalition ask to co-file.");
            }
        } else if (!CoFilingPolicy.mayManage(access, resolution)) {
            throw new AccessDeniedException(
                    "Only the lead filer's filers and the coalition's admins invite co-filers.");
        }
        long orgId = asking ? access.organizationId() : organizationId;
        var organization = Optional.ofNullable(em.find(Organization.class, orgId))
                .orElseThrow(() -> new InvalidInputException("organizationId", "There is no such organization."));
        var status = asking ? CoFilerStatus.REQUESTED : CoFilerStatus.INVITED;
        var existing = find(resolutionId, orgId);
        CoFiler coFiler;
        if (existing.isPresent()) {
            coFiler = existing.get();
            coFiler.reopen(status, today(), deadline, now());
        } else {
            coFiler = asking
                    ? resolution.askToJoin(organization, today(), deadline, now())
                    : resolution.invite(organization, today(), deadline, now());
            em.persist(coFiler);
            UniqueKeys.flush(
                    em, "organizationId", organization.getName() + " is already on this resolution's co-filers.");
        }
        em.persist(ResolutionEvent.of(
                resolution,
                asking ? TimelineKind.COFILER_ASKED_TO_JOIN : TimelineKind.COFILER_INVITED,
                organization.getName(),
                member(access),
                now()));
        return detailsOf(coFiler, access);
    }

    /**
     * Answers a pending invitation (the invited organization's filers) or request to join (the lead filer's filers and
     * the coalition's admins). Joining claims the meeting for the organization under 14a-8(c).
     */
    public CoFilerDetails decide(long resolutionId, long organizationId, Boolean accept, String reason) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        var coFiler =
                find(resolutionId, organizationId).orElseThrow(() -> new NotFoundException("Co-filer", organizationId));
        if (accept == null) {
            throw new InvalidInputException("accept", "Say whether you accept (true) or decline (false).");
        }
        boolean allowed =
                switch (coFiler.getStatus()) {
                    case INVITED -> CoFilingPolicy.mayActFor(access, resolution, organizationId);
                    case REQUESTED -> CoFilingPolicy.mayManage(access, resolution);
                    default ->
                        CoFilingPolicy.mayManage(access, resolution)
                                || CoFilingPolicy.mayActFor(access, resolution, organizationId);
                };
        if (!allowed) {
            throw new AccessDeniedException(
                    coFiler.getStatus() == CoFilerStatus.INVITED
                            ? "The invited organization answers its invitation."
                            : "The lead filer decides on requests to join.");
        }
        coFiler.decide(accept, reason, today(), deadlines.lastDayOf(resolution).orElse(null), now());
        if (accept) {
            slots.sync(resolution, coFilersOf(resolutionId));
        }
        em.persist(ResolutionEvent.of(
                resolution,
                accept ? TimelineKind.COFILER_JOINED : TimelineKind.COFILER_DECLINED,
                withReason(coFiler.getOrganization().getName(), reason),
                member(access),
                now()));
        return detailsOf(coFiler, access);
    }

    /** Records an organization's holding and statements; its own filers only, while co-filing is open. */
    public CoFilerDetails record(long resolutionId, long organizationId, @NotNull HoldingRecord data) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        var coFiler =
                find(resolutionId, organizationId).orElseThrow(() -> new NotFoundException("Co-filer", organizationId));
        if (!CoFilingPolicy.mayActFor(access, resolution, organizationId)) {
            throw new AccessDeniedException("Only the organization's own filers record its holding.");
        }
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        var submission = resolution.submissionDateFor(deadline, today());
        coFiler.record(data, today(), engagementWindow(resolution, submission), now());
        slots.sync(resolution, coFilersOf(resolutionId));
        return detailsOf(coFiler, access);
    }

    /**
     * Keeps a letter of {@code organizationId}: a PDF by its content, within the size limit. The record and the bytes
     * are written in this one transaction.
     */
    public FilingDocument upload(
            long resolutionId, long organizationId, DocumentKind kind, String fileName, byte[] bytes) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        if (kind == null || !kind.isCoFilers()) {
            throw new InvalidInputException("kind", "Choose PROOF_OF_OWNERSHIP, AUTHORIZATION or OTHER.");
        }
        var coFiler =
                find(resolutionId, organizationId).orElseThrow(() -> new NotFoundException("Co-filer", organizationId));
        if (!CoFilingPolicy.mayActFor(access, resolution, organizationId)) {
            throw new AccessDeniedException("Only the organization's own filers upload its letters.");
        }
        if (!coFiler.getStatus().isProponent()) {
            throw new ConflictException("status", coFiler.getOrganization().getName() + " is not a co-filer.");
        }
        var pdf = pdfs.accept(bytes);
        var document =
                new FilingDocument(resolution, coFiler.getOrganization(), kind, fileName, pdf, member(access), now());
        em.persist(document);
        em.persist(new DocumentContent(document, pdf));
        coFiler.documentsOnFile(
                coFiler.isProofOnFile() || kind == DocumentKind.PROOF_OF_OWNERSHIP,
                coFiler.isAuthorizationOnFile() || kind == DocumentKind.AUTHORIZATION,
                now());
        return document;
    }

    /** A letter with its bytes, to those who may see it; any other caller is told it does not exist. */
    public DocumentDownload document(long documentId) {
        var access = caller.access();
        var document = em.createNamedQuery("FilingDocument.find", FilingDocument.class)
                .setParameter("id", documentId)
                .getResultStream()
                .findFirst()
                .filter(d -> CoFilingPolicy.maySeeRecordOf(
                        access, d.getResolution(), d.getOrganization().getId()))
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        var content = em.find(DocumentContent.class, document.getId());
        return new DocumentDownload(document.getFileName(), document.getContentType(), content.getBytes());
    }

    /** The lead filer sets the day it plans to submit; holdings and availability are checked against it. */
    public CoFilingPage planSubmission(long resolutionId, LocalDate on) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        requireManage(access, resolution);
        resolution.planSubmission(on, today(), deadlines.lastDayOf(resolution).orElse(null), now());
        return page(resolutionId);
    }

    /**
     * Files the resolution: drops the proponents named in {@code drop}, each with its reason, then files if every
     * proponent left is verified. Nothing changes if it cannot file.
     */
    public Resolution file(
            long resolutionId, LocalDate submittedOn, DeliveryMethod deliveredBy, Map<Long, String> drop) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        requireManage(access, resolution);
        var actor = member(access);
        var coFilers = coFilersOf(resolutionId);
        for (var entry : drop.entrySet()) {
            var coFiler = coFilers.stream()
                    .filter(c -> c.getOrganization().getId().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "drop", "Organization " + entry.getKey() + " is not among this resolution's co-filers."));
            coFiler.drop(entry.getValue(), now());
            em.persist(ResolutionEvent.of(
                    resolution,
                    TimelineKind.COFILER_DROPPED,
                    withReason(coFiler.getOrganization().getName(), entry.getValue()),
                    actor,
                    now()));
        }
        refuseBarredProponents(resolution, coFilers);
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        var submission = submittedOn == null ? resolution.submissionDateFor(deadline, today()) : submittedOn;
        var proponents = coFilers.stream()
                .filter(c -> c.getStatus().isProponent())
                .map(c -> CoFilerReadiness.of(
                        c, resolution.getJurisdiction(), resolution.getMeeting().getMeetingDate(), submission, RULES))
                .toList();
        em.persist(resolution.file(submittedOn, deliveredBy, proponents, today(), deadline, actor, now()));
        slots.sync(resolution, coFilers);
        return resolution;
    }

    /**
     * Refuses to file while a proponent is under a no-show bar at this company (14a-8(h)(3)): the proponents of a
     * resolution not presented at an earlier meeting without good cause, for meetings in the two calendar years after.
     */
    private void refuseBarredProponents(Resolution resolution, List<CoFiler> coFilers) {
        var meetingDate = resolution.getMeeting().getMeetingDate();
        var bars = new HashMap<Long, ClockVerdict>();
        for (var noShow : em.createNamedQuery("MeetingOutcome.listNoShowsAtCompany", MeetingOutcome.class)
                .setParameter("company", resolution.getCompany().getId())
                .getResultList()) {
            noShow.noShowBar(RULES)
                    .filter(bar -> bar.timelinessOf(meetingDate) == Timeliness.ON_TIME)
                    .ifPresent(bar -> bars.put(noShow.getResolution().getId(), bar));
        }
        if (bars.isEmpty()) {
            return;
        }
        var barred = new LinkedHashMap<Long, ClockVerdict>();
        em.createNamedQuery("CoFiler.listJoinedByResolutions", CoFiler.class)
                .setParameter("resolutions", bars.keySet())
                .getResultList()
                .forEach(c -> barred.putIfAbsent(
                        c.getOrganization().getId(), bars.get(c.getResolution().getId())));
        var refused = coFilers.stream()
                .filter(c -> c.getStatus().isProponent()
                        && barred.containsKey(c.getOrganization().getId()))
                .map(c -> c.getOrganization().getName() + ": "
                        + barred.get(c.getOrganization().getId()).explanation())
                .toList();
        if (!refused.isEmpty()) {
            throw new ConflictException(
                    "drop",
                    "A proposal not presented without good cause bars its proponents at "
                            + resolution.getCompany().getName() + " (14a-8(h)(3)). " + String.join(" ", refused)
                            + " Drop them with a reason to file.");
        }
    }

    /** Records the company's acknowledgement of receipt with its evidence (an e-mail reply or a courier receipt). */
    public FilingDocument acknowledgeReceipt(long resolutionId, LocalDate receivedOn, String fileName, byte[] bytes) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        requireManage(access, resolution);
        var pdf = pdfs.accept(bytes);
        em.persist(resolution.acknowledgeReceipt(receivedOn, member(access), now()));
        var document = new FilingDocument(
                resolution,
                resolution.getLeadFiler(),
                DocumentKind.ACKNOWLEDGEMENT,
                fileName,
                pdf,
                member(access),
                now());
        em.persist(document);
        em.persist(new DocumentContent(document, pdf));
        return document;
    }

    /** The filing package as one PDF, for those who manage the filing; see {@link FilingPackage}. */
    public byte[] filingPackage(long resolutionId) {
        return FilingPackage.render(packageContents(resolutionId));
    }

    private FilingPackageContents packageContents(long resolutionId) {
        var access = caller.access();
        var resolution = visible(resolutionId, access);
        requireManage(access, resolution);
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        var submission = resolution.submissionDateFor(deadline, today());
        var proponents = coFilersOf(resolutionId).stream()
                .filter(c -> c.getStatus().isProponent())
                .toList();
        var letters = em.createNamedQuery("DocumentContent.listLettersByResolution", DocumentContent.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
        return new FilingPackageContents(
                resolution, submission, engagementWindow(resolution, submission), proponents, letters);
    }

    private void requireManage(Access access, Resolution resolution) {
        if (!CoFilingPolicy.mayManage(access, resolution)) {
            throw new AccessDeniedException(
                    "Only the lead filer's filers and the coalition's admins manage the filing.");
        }
    }

    private CoFilerDetails detailsOf(CoFiler coFiler, Access access) {
        var resolution = coFiler.getResolution();
        var deadline = deadlines.lastDayOf(resolution).orElse(null);
        var submission = resolution.submissionDateFor(deadline, today());
        var documents = documentsOf(resolution.getId(), access).stream()
                .filter(d -> d.getOrganization().equals(coFiler.getOrganization())
                        && d.getKind() != DocumentKind.ACKNOWLEDGEMENT)
                .toList();
        return details(
                coFiler, access, submission, Map.of(coFiler.getOrganization().getId(), documents));
    }

    /** When the proponents must offer to meet the company, for a US resolution; {@code null} elsewhere. */
    static ClockVerdict engagementWindow(Resolution resolution, LocalDate submission) {
        if (!resolution.getJurisdiction().equals(Jurisdiction.US)) {
            return null;
        }
        return RULES.engagementWindow(resolution.getMeeting().getMeetingDate(), submission);
    }

    private List<CoFiler> coFilersOf(long resolutionId) {
        return em.createNamedQuery("CoFiler.listByResolution", CoFiler.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
    }

    private List<FilingDocument> documentsOf(long resolutionId, Access access) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(FilingDocument.class);
        var root = query.from(FilingDocument.class);
        root.fetch("organization");
        root.fetch("uploadedBy");
        query.where(
                        cb.equal(root.get("resolution").get("id"), resolutionId),
                        CoFilingPolicy.documentsVisibleTo(access).on(cb, query, root))
                .orderBy(cb.asc(root.get("id")));
        return em.createQuery(query).getResultList();
    }

    private Optional<CoFiler> find(long resolutionId, long organizationId) {
        return em.createNamedQuery("CoFiler.find", CoFiler.class)
                .setParameter("resolution", resolutionId)
                .setParameter("organization", organizationId)
                .getResultStream()
                .findFirst();
    }

    private Resolution visible(long id, Access access) {
        return resolutions.findVisible(id, access).orElseThrow(() -> new NotFoundException("Resolution", id));
    }

    private Member member(Access access) {
        return em.find(Member.class, access.memberId());
    }

    private static String withReason(String organization, String reason) {
        return reason == null || reason.isBlank() ? organization : organization + ": " + reason.strip();
    }

    private LocalDate today() {
        // Deadlines are calendar days; UTC is one clock for every node (a US company's day may end hours later).
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Instant now() {
        return clock.instant();
    }
}

package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.audit.AuditTrail;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * The coalition's admins screen a campaign's signatures: they keep its block list, and review the signatures held
 * aside as suspicious — a preview of those a filter selects, then one decision for all of them: invalidate (they are
 * deleted, with everything they hold) or release (they are mailed their links and count once confirmed). A decision
 * reaches only the signatures the preview showed: those up to the highest id it counted.
 */
@Stateless
public class SignatureScreening {

    /** Held signatures a preview shows. */
    public static final int SAMPLE_SIZE = 50;

    /** Signatures one release mails at most; a larger selection is released in turns. */
    public static final int RELEASE_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private VisibleCampaigns campaigns;

    @Inject
    private PetitionSigning signing;

    @Inject
    private AuditTrail trail;

    private final Clock clock = Clock.systemUTC();

    /**
     * Which held signatures: those held for a reason (all when {@code null}), from an address or a domain with its
     * subdomains (all when {@code null}).
     */
    public record HeldFilter(HoldReason reason, String from) {

        public HeldFilter {
            try {
                from = from == null || from.isBlank() ? null : SignatureBlock.normalized(from);
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(field -> "from");
            }
        }
    }

    /** What a decision on the filter would reach: how many, up to which id, the newest few, and all held by reason. */
    public record HeldPreview(
            Petition petition,
            long count,
            long upToId,
            List<Signature> sample,
            Map<HoldReason, Long> allHeldByReason) {}

    public record Released(int released, long remaining) {}

    public HeldPreview preview(long petitionId, HeldFilter filter) {
        var petition = screenable(petitionId);
        long count = held(petition, filter, null, "count(s)", "", Long.class).getSingleResult();
        Long upTo = held(petition, filter, null, "max(s.id)", "", Long.class).getSingleResult();
        var sample = held(petition, filter, null, "s", " order by s.id desc", Signature.class)
                .setMaxResults(SAMPLE_SIZE)
                .getResultList();
        var byReason = new EnumMap<HoldReason, Long>(HoldReason.class);
        for (var reason : HoldReason.values()) {
            byReason.put(
                    reason,
                    held(petition, new HeldFilter(reason, null), null, "count(s)", "", Long.class)
                            .getSingleResult());
        }
        return new HeldPreview(petition, count, upTo == null ? 0 : upTo, sample, byReason);
    }

    /** Deletes the held signatures the preview showed; held ones never counted, so the count stays. */
    public int invalidate(long petitionId, HeldFilter filter, long upToId) {
        var petition = screenable(petitionId);
        var jpql = new StringBuilder("delete from Signature s");
        var query = em.createQuery(where(jpql, filter, upToId).toString());
        bind(query, petition, filter, upToId);
        int invalidated = query.executeUpdate();
        if (invalidated > 0) {
            trail.recordDecision(petition, decision("heldSignaturesInvalidated", invalidated, filter));
        }
        return invalidated;
    }

    /** Releases the held signatures the preview showed, {@link #RELEASE_MAX} at a time, mailing each its links. */
    public Released release(long petitionId, HeldFilter filter, long upToId) {
        var petition = screenable(petitionId);
        var ids = held(petition, filter, upToId, "s.id", " order by s.id", Long.class)
                .setMaxResults(RELEASE_MAX)
                .getResultList();
        var now = clock.instant();
        int released = 0;
        for (var id : ids) {
            var signature = em.find(Signature.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (signature != null && signature.isHeld()) {
                signing.mailLinks(signature.release(now));
                released++;
            }
        }
        if (released > 0) {
            trail.recordDecision(petition, decision("heldSignaturesReleased", released, filter));
        }
        em.flush();
        long remaining =
                held(petition, filter, upToId, "count(s)", "", Long.class).getSingleResult();
        return new Released(ids.size(), remaining);
    }

    /**
     * A decision on held signatures as the trail records it: how many, and which (the reason, and the domain they
     * came from — an address is a signer's personal data, which the trail never keeps).
     */
    private static JsonObject decision(String attribute, int signatures, HeldFilter filter) {
        var which = new StringBuilder(
                filter.reason() == null ? "any reason" : filter.reason().name());
        if (filter.from() != null) {
            which.append(", from ").append(filter.from().contains("@") ? "one address" : filter.from());
        }
        return Json.createObjectBuilder()
                .add(attribute, Json.createObjectBuilder().addNull("before").add("after", signatures))
                .add("heldFilter", Json.createObjectBuilder().addNull("before").add("after", which.toString()))
                .build();
    }

    public List<SignatureBlock> blockList(long campaignId) {
        screenableCampaign(campaignId);
        return em.createNamedQuery("SignatureBlock.listByCampaign", SignatureBlock.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /** Signatures that match from now on are held aside; those already taken stay as they are. */
    public SignatureBlock block(long campaignId, String entry, String note) {
        var campaign = screenableCampaign(campaignId);
        var block = new SignatureBlock(campaign, entry, note, clock.instant());
        em.persist(block);
        UniqueKeys.flush(em, "entry", "This is on the campaign's block list already.");
        return block;
    }

    public void unblock(long campaignId, long blockId) {
        screenableCampaign(campaignId);
        var block = em.find(SignatureBlock.class, blockId);
        if (block == null || block.getCampaign().getId() != campaignId) {
            throw new NotFoundException("Block list entry", blockId);
        }
        em.remove(block);
    }

    private <T> TypedQuery<T> held(
            Petition petition, HeldFilter filter, Long upToId, String select, String order, Class<T> type) {
        var jpql = new StringBuilder("select ").append(select).append(" from Signature s");
        var query = em.createQuery(where(jpql, filter, upToId).append(order).toString(), type);
        bind(query, petition, filter, upToId);
        return query;
    }

    /** The filter as JPQL: fixed fragments only, every value a parameter. */
    private static StringBuilder where(StringBuilder jpql, HeldFilter filter, Long upToId) {
        jpql.append(" where s.petition.id = :petition and s.status = org.cofile.domain.campaign.SignatureStatus.HELD");
        if (filter.reason() != null) {
            jpql.append(" and s.heldFor like :reason");
        }
        if (filter.from() != null) {
            jpql.append(
                    filter.from().contains("@")
                            ? " and s.emailKey = :from"
                            : " and (s.emailKey like :atDomain or s.emailKey like :dotDomain)");
        }
        if (upToId != null) {
            jpql.append(" and s.id <= :upTo");
        }
        return jpql;
    }

    private static void bind(jakarta.persistence.Query query, Petition petition, HeldFilter filter, Long upToId) {
        query.setParameter("petition", petition.getId());
        if (filter.reason() != null) {
            // Reason names are not part of one another, so a LIKE on the list finds exactly the one.
            query.setParameter("reason", "%" + filter.reason().name() + "%");
        }
        if (filter.from() != null) {
            if (filter.from().contains("@")) {
                query.setParameter("from", filter.from());
            } else {
                // A normalised domain holds only letters, digits, dots and hyphens: nothing LIKE reads as a wildcard.
                query.setParameter("atDomain", "%@" + filter.from());
                query.setParameter("dotDomain", "%." + filter.from());
            }
        }
        if (upToId != null) {
            query.setParameter("upTo", upToId);
        }
    }

    private Petition screenable(long petitionId) {
        var access = caller.access();
        var petition = em.createNamedQuery("Petition.find", Petition.class)
                .setParameter("id", petitionId)
                .getResultStream()
                .findFirst()
                .filter(p -> CampaignPolicy.maySee(access, p.getCampaign()))
                .orElseThrow(() -> new NotFoundException("Petition", petitionId));
        if (!CampaignPolicy.mayScreen(access, petition.getCampaign())) {
            throw new AccessDeniedException("The coalition's admins review held signatures.");
        }
        return petition;
    }

    private Campaign screenableCampaign(long campaignId) {
        var campaign = campaigns.get(campaignId);
        if (!CampaignPolicy.mayScreen(caller.access(), campaign)) {
            throw new AccessDeniedException("The coalition's admins keep the campaign's block list.");
        }
        return campaign;
    }
}

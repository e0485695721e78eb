package org.cofile.workflow.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.domain.campaign.LetterSet;
import org.cofile.domain.campaign.LetterSignatory;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.SignOnLetter;
import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.ApiToken;
import org.cofile.domain.organization.Member;
import org.cofile.workflow.organization.OrganizationService;
import org.cofile.workflow.resolution.ResolutionService;

/**
 * Whether the caller may see a record whose audit trail it asks for. Each kind of record answers by its own
 * aggregate's policy; a kind not named here is seen by no one, so that a new aggregate's history stays closed until
 * its policy is added.
 */
@Stateless
public class RecordVisibility {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganizationService organizations;

    @Inject
    private ResolutionService resolutions;

    public boolean maySee(Access access, String entityType, long id) {
        return switch (entityType) {
            // Companies and their meetings are the platform's shared reference data.
            case "Company", "AnnualMeeting" -> true;
            case "Organization" -> organizations.findVisible(id, access).isPresent();
            case "Coalition" -> access.inCoalition(id);
            case "Member" -> {
                var member = em.find(Member.class, id);
                yield member != null && access.actsFor(member.getOrganization().getId());
            }
            case "ApiToken" -> {
                var token = em.find(ApiToken.class, id);
                yield token != null && token.getMember().getId() == access.memberId();
            }
            case "Resolution" -> resolutions.findVisible(id, access).isPresent();
            case "Campaign" -> campaignSeen(access, em.find(Campaign.class, id));
            case "Petition" -> campaignSeen(access, campaignOf(em.find(Petition.class, id), Petition::getCampaign));
            case "SignOnLetter" ->
                campaignSeen(access, campaignOf(em.find(SignOnLetter.class, id), SignOnLetter::getCampaign));
            case "LetterSet" -> campaignSeen(access, campaignOf(em.find(LetterSet.class, id), LetterSet::getCampaign));
            case "LetterSignatory" ->
                campaignSeen(access, campaignOf(em.find(LetterSignatory.class, id), signatory -> signatory
                        .getLetter()
                        .getCampaign()));
            default -> false;
        };
    }

    private static <R> Campaign campaignOf(R record, Function<R, Campaign> campaign) {
        return record == null ? null : campaign.apply(record);
    }

    private static boolean campaignSeen(Access access, Campaign campaign) {
        return campaign != null && CampaignPolicy.maySee(access, campaign);
    }
}

package org.cofile.workflow.campaign;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cofile.domain.campaign.Campaign;
import org.cofile.domain.campaign.CampaignPolicy;
import org.cofile.workflow.shared.Caller;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A campaign as the caller may see it ({@link CampaignPolicy#maySee}), for the services of its fronts: a campaign of
 * another coalition is not found, as one that does not exist. What the caller may then do is each service's to check.
 */
@Dependent
public class VisibleCampaigns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public Campaign get(long campaignId) {
        var access = caller.access();
        return em.createNamedQuery("Campaign.find", Campaign.class)
                .setParameter("id", campaignId)
                .getResultStream()
                .findFirst()
                .filter(c -> CampaignPolicy.maySee(access, c))
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }
}

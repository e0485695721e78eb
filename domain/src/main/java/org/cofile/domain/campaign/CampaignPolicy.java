package org.cofile.domain.campaign;

import org.cofile.domain.organization.Access;

/**
 * Who may see and run a coalition's campaigns; the one place that decides it. The coalition's members see its
 * campaigns and their signatures (no one outside the coalition sees a signer's data); its admins start campaigns and
 * petitions. The public sees a petition's title, text and count, and signs.
 */
public final class CampaignPolicy {

    private CampaignPolicy() {}

    public static boolean maySee(Access access, Campaign campaign) {
        return access.inCoalition(campaign.getCoalition().getId());
    }

    public static boolean mayRun(Access access, long coalitionId) {
        return access.administers(coalitionId);
    }
}

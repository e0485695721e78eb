package org.cofile.domain.campaign;

import org.cofile.domain.organization.Access;
import org.cofile.domain.organization.Role;
import org.cofile.domain.resolution.Resolution;

/**
 * Who may see and run a coalition's campaigns; the one place that decides it. The coalition's members see its
 * campaigns and their signatures (no one outside the coalition sees a signer's data); its admins start campaigns and
 * petitions and letters, approve the signatories a letter prints, and record its delivery; an organization's admin
 * signs a letter for it. The public sees a petition's title, text and count, and signs; and a published campaign's
 * page.
 */
public final class CampaignPolicy {

    private CampaignPolicy() {}

    public static boolean maySee(Access access, Campaign campaign) {
        return access.inCoalition(campaign.getCoalition().getId());
    }

    public static boolean mayRun(Access access, long coalitionId) {
        return access.administers(coalitionId);
    }

    /**
     * Screening a campaign's signatures — its block list, and releasing or invalidating those held aside — shows
     * signers' data and decides what counts: the coalition's admins.
     */
    public static boolean mayScreen(Access access, Campaign campaign) {
        return access.administers(campaign.getCoalition().getId());
    }

    /** Anyone, without an account, once the coalition's admins published it; no signer's data is on it. */
    public static boolean publicSees(Campaign campaign) {
        return campaign.isPublished();
    }

    /**
     * Of a published campaign's resolutions, the public sees those the company received: a draft or one still in the
     * coalition's review is the coalition's own business.
     */
    public static boolean publicSees(Resolution resolution) {
        return resolution.getState().isSubmitted();
    }

    /** An organization signs a letter through its admin, for itself, when it belongs to the campaign's coalition. */
    public static boolean maySign(Access access, SignOnLetter letter) {
        return access.inCoalition(letter.getCampaign().getCoalition().getId()) && access.hasRole(Role.ORG_ADMIN);
    }
}

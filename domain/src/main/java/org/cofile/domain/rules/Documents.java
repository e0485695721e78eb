package org.cofile.domain.rules;

/**
 * What the proponent has put on file with the submission.
 *
 * @param intentToHoldStated the written statement that it intends to hold the shares through the meeting date
 * @param proofOfOwnershipOnFile the record holder's written statement covering the holding period; also true when
 *     none is needed (registered holder, or Schedule 13D/13G or Form 3/4/5 on file)
 * @param engagementAvailabilityStated the statement of availability to meet the company (14a-8(b)(1)(iii), 2020 rules)
 * @param representative who files on the shareholder's behalf, or {@code null} when it files itself
 */
public record Documents(
        boolean intentToHoldStated,
        boolean proofOfOwnershipOnFile,
        boolean engagementAvailabilityStated,
        Representative representative) {

    /** Everything on file, filing in its own name. */
    public static Documents complete() {
        return new Documents(true, true, true, null);
    }

    public Documents withRepresentative(Representative rep) {
        return new Documents(intentToHoldStated, proofOfOwnershipOnFile, engagementAvailabilityStated, rep);
    }
}

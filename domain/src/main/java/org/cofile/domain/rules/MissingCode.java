package org.cofile.domain.rules;

/** Machine-readable codes for what an eligibility check found missing. */
public enum MissingCode {
    INTENT_TO_HOLD,
    PROOF_OF_OWNERSHIP,
    REPRESENTATIVE_AUTHORIZATION,
    ENGAGEMENT_AVAILABILITY,
    /** No price or value for a lot, so the market-value test cannot be done. */
    MARKET_VALUE,
    /** No total of voting shares, so a percentage test cannot be done. */
    VOTING_SHARES_OUTSTANDING,
    /** No paid-up sum for a member, so the UK 100-member average test cannot be done. */
    PAID_UP_AMOUNT,
    /** No nominal value per share, so a threshold in share capital cannot be tested. */
    NOMINAL_VALUE,
    /** Co-filing: no holding recorded yet. */
    HOLDING,
    /** Co-filing: the custodian named has no DTC participant number on file (SLB 14F, 14G). */
    DTC_PARTICIPANT,
    /** Co-filing: the proof letter stops short of the submission date (SLB 14F). */
    OWNERSHIP_PERIOD_SHORT,
    /** Co-filing: no offered day falls in the engagement window of 14a-8(b)(1)(iii). */
    AVAILABILITY_WINDOW,
    /** Co-filing: no contact for the engagement meeting. */
    AVAILABILITY_CONTACT
}

package org.cofile.domain.answers;

/** What a company's deficiency notice says is wrong (14a-8(f)); the codes the API and the portal use. */
public enum DeficiencyCode {
    OWNERSHIP_LETTER_NOT_DTC(true),
    OWNERSHIP_PERIOD_SHORT(true),
    NO_INTENT_STATEMENT(true),
    NO_AVAILABILITY(true),
    NO_AUTHORIZATION(true),
    OVER_WORD_LIMIT(true),
    /** Received after the deadline: no notice is needed and nothing cures it (14a-8(f)(1)). */
    LATE(false),
    MORE_THAN_ONE_PROPOSAL(true),
    OTHER(true);

    private final boolean curable;

    DeficiencyCode(boolean curable) {
        this.curable = curable;
    }

    public boolean isCurable() {
        return curable;
    }
}

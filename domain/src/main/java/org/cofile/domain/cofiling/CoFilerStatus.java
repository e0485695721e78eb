package org.cofile.domain.cofiling;

/** Where an organization stands in co-filing a resolution. */
public enum CoFilerStatus {
    /** The lead filer invited it; the organization decides. */
    INVITED,
    /** It asked to join; the lead filer decides. */
    REQUESTED,
    /** A proponent: it brings its holding and proof and files with the others. */
    JOINED,
    DECLINED,
    /** Left out of the filing by the lead filer, with a reason. */
    DROPPED;

    /** Whether a decision is awaited. */
    public boolean isPending() {
        return this == INVITED || this == REQUESTED;
    }

    /** Whether it will be among the proponents. */
    public boolean isProponent() {
        return this == JOINED;
    }
}

package org.cofile.domain.cofiling;

/** The part an organization plays in filing a resolution. */
public enum CoFilerRole {
    /** The lead filer, a proponent from the day the coalition approves the resolution. */
    LEAD,
    CO_FILER
}

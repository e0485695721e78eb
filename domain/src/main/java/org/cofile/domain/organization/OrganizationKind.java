package org.cofile.domain.organization;

/** What kind of organization a coalition member is: it decides nothing yet, but coalitions report by it. */
public enum OrganizationKind {
    FAITH_BASED_INVESTOR,
    ASSET_MANAGER,
    SRI_FIRM,
    PENSION_FUND,
    FOUNDATION,
    CIVIL_RIGHTS_NGO,
    OTHER_NGO
}

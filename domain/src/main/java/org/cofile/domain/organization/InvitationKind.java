package org.cofile.domain.organization;

/** Whom an invitation brings in. */
public enum InvitationKind {
    /** A person, into an organization, with a role; sent by an organization admin. */
    MEMBER,
    /** A new organization with its first admin, into a coalition; sent by a coalition admin. */
    NEW_ORGANIZATION,
    /** An organization already on Cofile, into a coalition; accepted by one of its admins. */
    EXISTING_ORGANIZATION
}

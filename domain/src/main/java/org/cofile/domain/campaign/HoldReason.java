package org.cofile.domain.campaign;

/**
 * Why a signature was held aside as suspicious: it is neither mailed nor counted until one of the coalition's admins
 * releases it (then it needs its confirmation like any other) or invalidates it (then it is gone).
 */
public enum HoldReason {
    /** The form's hidden field, which people do not see and robots fill, was filled. */
    HONEYPOT,
    /** The form was sent sooner after the page was shown than a person can fill it. */
    FILLED_TOO_FAST,
    /** The address or its domain is on the campaign's block list. */
    BLOCK_LIST,
    /** More signatures came from the client's network address than people at one address sign. */
    ADDRESS_RATE
}

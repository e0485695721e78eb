package org.cofile.web.rest;

import org.cofile.domain.organization.Coalition;

/** A coalition the caller's organization belongs to, and whether the caller administers it. */
public record CoalitionView(Long id, String name, String purpose, boolean administeredByYou) {

    static CoalitionView of(Coalition c, boolean administered) {
        return new CoalitionView(c.getId(), c.getName(), c.getPurpose(), administered);
    }
}

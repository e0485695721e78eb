package org.cofile.domain.cofiling;

import java.util.Locale;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A person who submits a proposal, for the one-proposal limit of 14a-8(c): an organization on the platform, or a
 * representative known only by name. Its {@link #key} is what the database holds unique per meeting.
 */
public record Proponent(Long organizationId, String name) {

    public static final int NAME_MAX = 200;

    public Proponent {
        Checks.notBlank(name, "representative.name");
        name = name.strip().replaceAll("\\s+", " ");
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("representative.name", "At most " + NAME_MAX + " characters.");
        }
    }

    public static Proponent of(Organization organization) {
        return new Proponent(organization.getId(), organization.getName());
    }

    public static Proponent named(String name) {
        return new Proponent(null, name);
    }

    /** {@code org:<id>} for an organization, else {@code name:<the name in lower case>}. */
    public String key() {
        return organizationId != null ? "org:" + organizationId : "name:" + name.toLowerCase(Locale.ROOT);
    }
}

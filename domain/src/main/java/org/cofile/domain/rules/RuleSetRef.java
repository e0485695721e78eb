package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/** Which rule set produced a verdict: a stable id ({@code US-14a-8-2020}) and a name a member can read. */
public record RuleSetRef(String id, String name) {

    public RuleSetRef {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
    }
}

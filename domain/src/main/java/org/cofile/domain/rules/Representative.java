package org.cofile.domain.rules;

import org.cofile.domain.shared.Checks;

/** Someone who files on a shareholder's behalf, and whether the shareholder's written authorization is on file. */
public record Representative(String name, boolean writtenAuthorizationOnFile) {

    public Representative {
        Checks.notBlank(name, "representative.name");
    }
}

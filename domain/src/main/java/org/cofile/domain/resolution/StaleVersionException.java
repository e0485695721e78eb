package org.cofile.domain.resolution;

import org.cofile.domain.shared.ConflictException;

/** A save edited from a version that is no longer the latest: someone else saved meanwhile. */
public class StaleVersionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final int currentVersion;

    public StaleVersionException(int currentVersion) {
        super(
                "version",
                "Someone saved version " + currentVersion + " while you were editing; compare both texts and save"
                        + " again from version " + currentVersion + ".");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}

package org.cofile.web.rest;

import java.time.Instant;
import org.cofile.domain.resolution.ResolutionEvent;

/** One entry of a resolution's timeline: who did what to which version, when, and why. */
public record TimelineEntryView(
        String kind, int versionNumber, String reason, String actor, String actorOrganization, Instant occurredAt) {

    static TimelineEntryView of(ResolutionEvent e) {
        return new TimelineEntryView(
                e.getKind().name(),
                e.getVersionNumber(),
                e.getReason(),
                e.getActor().getDisplayName(),
                e.getActor().getOrganization().getName(),
                e.getOccurredAt());
    }
}

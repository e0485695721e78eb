package org.cofile.workflow.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day that concerns the member's organization.
 *
 * @param stillNeeded how many things the organization still owes for the filing, {@code 0} when nothing or not known
 */
public record CalendarEntry(
        LocalDate date, Kind kind, long resolutionId, String resolutionTitle, String companyName, int stillNeeded)
        implements Serializable {

    public enum Kind {
        /** The last day a proposal reaches the company on time. */
        FILING_DEADLINE,
        /** The company's annual meeting, where the proposal is voted. */
        ANNUAL_MEETING
    }

    /** A stable identifier, so that calendar programs update an entry instead of adding it again. */
    public String uid() {
        return "cofile-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + resolutionId + "@cofile";
    }
}

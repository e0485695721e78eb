package org.cofile.workflow.calendar;

import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.FluentCalendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/** The entries as an iCalendar document (RFC 5545), written by ical4j: all-day events with stable UIDs. */
public final class CalendarFeed {

    private CalendarFeed() {}

    /** {@code portal} is the address of the portal, for each event's link to its resolution. */
    public static String render(List<CalendarEntry> entries, URI portal) {
        FluentCalendar calendar =
                new Calendar().withProdId("-//Cofile//Filing calendar//EN").withDefaults();
        for (var entry : entries) {
            var summary =
                    switch (entry.kind()) {
                        case FILING_DEADLINE ->
                            "Filing deadline: " + entry.resolutionTitle() + " (" + entry.companyName() + ")";
                        case ANNUAL_MEETING ->
                            "Annual meeting of " + entry.companyName() + ": " + entry.resolutionTitle();
                    };
            var event = new VEvent(entry.date(), summary);
            event.withProperty(new Uid(entry.uid()));
            event.withProperty(new Url(portal.resolve("resolutions/cofilers.xhtml?id=" + entry.resolutionId())));
            if (entry.stillNeeded() > 0) {
                event.withProperty(
                        new Description(entry.stillNeeded() + " item(s) still needed from your organization."));
            }
            calendar = calendar.withComponent(event);
        }
        return calendar.getFluentTarget().toString();
    }
}

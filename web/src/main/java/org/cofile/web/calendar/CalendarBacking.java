package org.cofile.web.calendar;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.calendar.CalendarEntry;
import org.cofile.workflow.calendar.CalendarService;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar page ({@code calendar.xhtml}): the organization's filing deadlines and annual meetings on a
 * PrimeFaces schedule, and the member's personal feed address, shown once when it is made or reset.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Inject
    private Messages messages;

    private List<CalendarEntry> entries;
    private ScheduleModel schedule;
    private boolean hasFeed;
    private String feedAddress;

    public void load() {
        entries = calendar.entries();
        hasFeed = calendar.hasFeed();
        schedule = new DefaultScheduleModel();
        for (var entry : entries) {
            schedule.addEvent(DefaultScheduleEvent.builder()
                    .title(messages.text("calendar.kind." + entry.kind(), entry.resolutionTitle(), entry.companyName()))
                    .startDate(entry.date().atStartOfDay())
                    .endDate(entry.date().atStartOfDay())
                    .allDay(true)
                    .styleClass("cofile-calendar-" + entry.kind())
                    .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/resolutions/cofilers.xhtml?id=" + entry.resolutionId())
                    .build());
        }
    }

    /** A new feed address; the old one stops working. */
    public void resetFeed() {
        var secret = calendar.resetFeed();
        var request = FacesContext.getCurrentInstance().getExternalContext();
        var url = ((jakarta.servlet.http.HttpServletRequest) request.getRequest())
                .getRequestURL()
                .toString();
        feedAddress = url.substring(0, url.lastIndexOf('/') + 1) + "calendar/" + secret + ".ics";
        hasFeed = true;
    }

    public List<CalendarEntry> getEntries() {
        return entries;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public boolean isHasFeed() {
        return hasFeed;
    }

    public String getFeedAddress() {
        return feedAddress;
    }
}

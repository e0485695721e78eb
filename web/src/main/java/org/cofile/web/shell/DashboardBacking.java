package org.cofile.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.DeficiencyNotice;
import org.cofile.workflow.answers.AnswersService;
import org.cofile.workflow.calendar.CalendarEntry;
import org.cofile.workflow.calendar.CalendarService;
import org.cofile.workflow.dashboard.DashboardFigures;
import org.cofile.workflow.dashboard.DashboardService;

/** The dashboard's figures, read once per view. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dashboard shows the next few; the calendar page has them all. */
    private static final int DUE_SHOWN = 10;

    @Inject
    private DashboardService dashboard;

    @Inject
    private CalendarService calendar;

    @Inject
    private AnswersService answers;

    private DashboardFigures figures;
    private List<CalendarEntry> due;
    private List<DeficiencyNotice> overdueCures;
    private List<Commitment> overdueCommitments;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
        due = calendar.due(DUE_SHOWN);
        overdueCures = answers.overdueCures();
        overdueCommitments = answers.overdueCommitments();
    }

    /** Deficiency notices whose cure is overdue, on resolutions the member's organization files or co-files. */
    public List<DeficiencyNotice> getOverdueCures() {
        return overdueCures;
    }

    /** The company's commitments still open after their day, on resolutions the member's organization files. */
    public List<Commitment> getOverdueCommitments() {
        return overdueCommitments;
    }

    public List<CalendarEntry> getDue() {
        return due;
    }

    public DashboardFigures getFigures() {
        return figures;
    }
}

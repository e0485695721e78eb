package org.cofile.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.workflow.dashboard.DashboardFigures;
import org.cofile.workflow.dashboard.DashboardService;

/** The dashboard's figures, read once per view. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboard;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
    }

    public DashboardFigures getFigures() {
        return figures;
    }
}

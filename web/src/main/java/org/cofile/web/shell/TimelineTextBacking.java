package org.cofile.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cofile.domain.resolution.ResolutionEvent;
import org.cofile.workflow.notification.TimelineTexts;

/** What a timeline entry says, in the reader's language: the same words the notifications and the mails use. */
@Named("timelineText")
@RequestScoped
public class TimelineTextBacking {

    @Inject
    private LocaleBacking locale;

    public String of(ResolutionEvent event) {
        return TimelineTexts.of(event.getKind(), event.getVersionNumber(), locale.getLocale());
    }
}

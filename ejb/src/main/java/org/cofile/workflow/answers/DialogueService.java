package org.cofile.workflow.answers;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.answers.DialogueEntry;
import org.cofile.domain.answers.DialogueKind;
import org.cofile.domain.resolution.TimelineKind;
import org.cofile.workflow.shared.Caller;

/** The log of the proponents' meetings, calls and letters with the company about a filed resolution. */
@Stateless
public class DialogueService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FiledResolutions filed;

    /** Oldest first; everyone who may see the resolution reads them. */
    public List<DialogueEntry> dialogues(long resolutionId) {
        filed.visible(resolutionId, caller.access());
        return dialoguesOf(resolutionId);
    }

    List<DialogueEntry> dialoguesOf(long resolutionId) {
        return em.createNamedQuery("DialogueEntry.listByResolution", DialogueEntry.class)
                .setParameter("resolution", resolutionId)
                .getResultList();
    }

    /** Recorded by those who record the company's answers. */
    public DialogueEntry record(
            long resolutionId,
            LocalDate heldOn,
            DialogueKind kind,
            String companyParticipants,
            String proponentParticipants,
            String notes) {
        var access = caller.access();
        var resolution = filed.recordable(resolutionId, access);
        var entry = new DialogueEntry(
                resolution,
                heldOn,
                kind,
                companyParticipants,
                proponentParticipants,
                notes,
                filed.today(),
                filed.member(access),
                filed.now());
        em.persist(entry);
        filed.timeline(resolution, TimelineKind.DIALOGUE_RECORDED, kind + " on " + heldOn, access);
        return entry;
    }
}

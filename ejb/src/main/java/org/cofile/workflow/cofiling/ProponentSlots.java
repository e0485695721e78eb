package org.cofile.workflow.cofiling;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.Proponent;
import org.cofile.domain.cofiling.ProponentSlot;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.ConflictException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * Keeps the one-proposal-per-meeting claims of 14a-8(c) in step with a resolution's proponents: each proponent and
 * each representative holds its meeting for this resolution only. A look-up gives the clear message; the unique
 * constraint settles a race between two coalitions.
 */
@Stateless
public class ProponentSlots {

    @PersistenceContext
    private EntityManager em;

    /** Claims the meeting for {@code proponent} on {@code resolution}; refused when it proposes another one. */
    public void claim(Resolution resolution, Proponent proponent) {
        var taken = em.createNamedQuery("ProponentSlot.find", ProponentSlot.class)
                .setParameter("meeting", resolution.getMeeting().getId())
                .setParameter("key", proponent.key())
                .getResultStream()
                .findFirst();
        if (taken.isPresent()) {
            if (taken.get().getResolution().equals(resolution)) {
                return;
            }
            throw taken(resolution, proponent);
        }
        em.persist(new ProponentSlot(resolution, proponent));
        UniqueKeys.flush(em, "organizationId", taken(resolution, proponent).getMessage());
    }

    /** Claims what the proponents need now and releases what they no longer need. */
    public void sync(Resolution resolution, List<CoFiler> coFilers) {
        var needed = new LinkedHashMap<String, Proponent>();
        for (var coFiler : coFilers) {
            if (coFiler.getStatus().isProponent()) {
                var itself = Proponent.of(coFiler.getOrganization());
                needed.put(itself.key(), itself);
                if (coFiler.getRepresentative() != null) {
                    needed.put(coFiler.getRepresentative().key(), coFiler.getRepresentative());
                }
            }
        }
        var held = em.createNamedQuery("ProponentSlot.listByResolution", ProponentSlot.class)
                .setParameter("resolution", resolution.getId())
                .getResultList();
        Set<String> heldKeys = new HashSet<>();
        for (var slot : held) {
            if (needed.containsKey(slot.getProponentKey())) {
                heldKeys.add(slot.getProponentKey());
            } else {
                em.remove(slot);
            }
        }
        for (var entry : needed.entrySet()) {
            if (!heldKeys.contains(entry.getKey())) {
                claim(resolution, entry.getValue());
            }
        }
    }

    private static ConflictException taken(Resolution resolution, Proponent proponent) {
        // Which proposal holds it is not said: it may belong to another coalition.
        return new ConflictException(
                "organizationId",
                proponent.name() + " is already a proponent of another proposal for the "
                        + resolution.getCompany().getName() + " meeting on "
                        + resolution.getMeeting().getMeetingDate()
                        + ": one proposal per proponent per meeting, whether as itself or as a representative"
                        + " (Rule 14a-8(c)).");
    }
}

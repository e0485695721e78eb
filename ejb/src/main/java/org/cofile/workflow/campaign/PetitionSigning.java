package org.cofile.workflow.campaign;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.cofile.domain.campaign.EmailKey;
import org.cofile.domain.campaign.FormTraces;
import org.cofile.domain.campaign.HoldReason;
import org.cofile.domain.campaign.Petition;
import org.cofile.domain.campaign.Signature;
import org.cofile.domain.campaign.SignatureBlock;
import org.cofile.domain.organization.OneTimeToken;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.notification.MailMessage;
import org.cofile.workflow.notification.MailSettings;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.UniqueKeys;

/**
 * What the public does with a petition, without signing in: read it with its count, sign it, confirm from the mailed
 * link, and erase the signature from the other link. A new and a repeated address get the same answer; only the mail
 * differs (a first link, a new link a few times, or nothing).
 */
@Stateless
public class PetitionSigning {

    private static final SecureRandom SHARDS = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PetitionCounter counter;

    @Inject
    private SignatureGuard guard;

    @Inject
    private Event<MailMessage> mail;

    private final Clock clock = Clock.systemUTC();

    /** A petition as the public sees it. */
    public record PublicPetition(long id, String title, String text, long confirmedSignatures, boolean open) {}

    public PublicPetition petition(long petitionId) {
        var petition = find(petitionId);
        return new PublicPetition(
                petition.getId(),
                petition.getTitle(),
                petition.getText(),
                counter.confirmed(petitionId),
                petition.isOpen(today()));
    }

    /**
     * Signs, or signs again. Two requests racing with one address both answer alike: the unique key lets one insert
     * through, and the other's transaction rolls back with nothing saved. A signature that looks like abuse (the
     * form's traces, its address's rate, the campaign's block list) is held aside, unmailed and uncounted, with the
     * same answer; one over the rate limits is refused before anything is saved.
     */
    public void sign(long petitionId, Signature.Form form, FormTraces traces, String clientAddress) {
        var petition = find(petitionId);
        var now = clock.instant();
        var suspicions = EnumSet.noneOf(HoldReason.class);
        suspicions.addAll(guard.admit(petitionId, clientAddress));
        suspicions.addAll(traces.suspicions());
        if (blocked(petition, form.email())) {
            suspicions.add(HoldReason.BLOCK_LIST);
        }
        // The whole form is checked first, so that every field's problem is told at once, whoever signs.
        var signed = Signature.sign(petition, form, today(), now, SHARDS.nextInt(Petition.COUNT_SHARDS), suspicions);
        var existing = em.createNamedQuery("Signature.findIdByEmailKey", Long.class)
                .setParameter("petition", petitionId)
                .setParameter("key", signed.signature().getEmailKey())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            // Locked, so that attempts at the same moment take turns: each sees how many links went out. A locking
            // read, since this transaction has read before: a plain read would see its snapshot, not the last turn.
            var signature = em.find(Signature.class, existing.get(), LockModeType.PESSIMISTIC_WRITE);
            if (signature != null) {
                signature.signAgain(now).ifPresent(secret -> mailLink(signature, secret, null));
            }
            return;
        }
        em.persist(signed.signature());
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!UniqueKeys.violatedBy(e)) {
                throw e;
            }
            // The same address signed at the same moment: its signature stands, and this transaction rolls back with
            // nothing saved and nothing mailed. The answer is the same as any signer's.
            return;
        }
        if (signed.mailed()) {
            mailLink(signed.signature(), signed.confirmSecret(), signed.eraseSecret());
        }
    }

    /** Whether the campaign's block list names the address or a domain it belongs to. */
    private boolean blocked(Petition petition, String email) {
        String key;
        try {
            key = EmailKey.of(email);
        } catch (InvalidInputException e) {
            return false; // the form's check tells the signer, with the other fields' problems
        }
        return em.createNamedQuery("SignatureBlock.countMatching", Long.class)
                        .setParameter("campaign", petition.getCampaign().getId())
                        .setParameter("candidates", SignatureBlock.candidatesFor(key))
                        .getSingleResult()
                > 0;
    }

    /** Confirms from the link; the signature counts from now on. A link used before changes nothing. */
    public Signature confirm(String secret) {
        var signature = locked("Signature.findIdByConfirmToken", secret)
                .orElseThrow(() -> new InvalidInputException(
                        "token", "This link is not valid: copy the whole link from the mail, or sign again."));
        if (!signature.confirm(clock.instant())) {
            throw new ConflictException("token", "This signature is already confirmed: it counts once.");
        }
        em.createNamedQuery("PetitionCountShard.add")
                .setParameter("delta", 1L)
                .setParameter("petition", signature.getPetition().getId())
                .setParameter("shard", signature.getShard())
                .executeUpdate();
        return signature;
    }

    /**
     * Withdraws consent to e-mail and text messages from the personal link in the mail, keeping the signature. (A
     * STOP replied to a text message withdraws consent to texts through {@link TextMessageStops}.)
     */
    public void unsubscribe(String secret) {
        locked("Signature.findIdByEraseToken", secret)
                .orElseThrow(() ->
                        new InvalidInputException("token", "This link is not valid, or the signature was erased."))
                .unsubscribe();
    }

    /** Erases the signature and everything it holds; a confirmed one leaves the count. */
    public void erase(String secret) {
        var signature = locked("Signature.findIdByEraseToken", secret)
                .orElseThrow(() -> new InvalidInputException(
                        "token", "This link is not valid, or the signature was already erased."));
        if (signature.isConfirmed()) {
            em.createNamedQuery("PetitionCountShard.add")
                    .setParameter("delta", -1L)
                    .setParameter("petition", signature.getPetition().getId())
                    .setParameter("shard", signature.getShard())
                    .executeUpdate();
        }
        em.remove(signature);
    }

    /** Mails a released signature its links, as if it had just signed. */
    public void mailLinks(Signature.Signed released) {
        mailLink(released.signature(), released.confirmSecret(), released.eraseSecret());
    }

    private void mailLink(Signature signature, String confirmSecret, String eraseSecret) {
        var base = MailSettings.baseUrl();
        var text = new StringBuilder()
                .append("Thank you for signing \"")
                .append(signature.getPetition().getTitle())
                .append("\".\n\nYour signature counts once you confirm it (the link works for ")
                .append(Signature.CONFIRMATION_VALIDITY.toDays())
                .append(" days):\n")
                .append(base)
                .append("petition-confirm.xhtml?token=")
                .append(confirmSecret)
                .append("\n\nIf you did not sign, ignore this mail: nothing counts without the link.\n");
        if (eraseSecret != null) {
            text.append("\nTo stop e-mails and text messages from the campaign and keep your signature, at any time:\n")
                    .append(base)
                    .append("petition-unsubscribe.xhtml?token=")
                    .append(eraseSecret)
                    .append("\n\nTo erase your signature and everything it holds, at any time:\n")
                    .append(base)
                    .append("petition-erase.xhtml?token=")
                    .append(eraseSecret)
                    .append('\n');
        }
        mail.fire(new MailMessage(
                signature.getEmail(),
                "Confirm your signature: " + signature.getPetition().getTitle(),
                text.toString()));
    }

    /**
     * The signature a link's secret opens, locked against a confirmation or a new link at the same moment. It must be
     * the transaction's first read: MySQL's repeatable read takes its snapshot at the first plain read, and the
     * signature is then read plainly, after the lock, so that the snapshot is taken when the lock is held.
     */
    private Optional<Signature> locked(String query, String secret) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("hash", OneTimeToken.hashOf(secret))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(this::withPetition);
    }

    /**
     * A signature already locked by its id, read with its petition, campaign and coalition in one statement: the
     * lock is on the signature's row alone (a lock taken with the join would lock the petition's row too, and every
     * confirmation would queue on it), and the one join spares a statement for each of the three.
     */
    private Signature withPetition(long id) {
        return em.createNamedQuery("Signature.findWithPetition", Signature.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private Petition find(long petitionId) {
        return em.createNamedQuery("Petition.find", Petition.class)
                .setParameter("id", petitionId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Petition", petitionId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}

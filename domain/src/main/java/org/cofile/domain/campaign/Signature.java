package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cofile.domain.organization.OneTimeToken;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A member of the public's signature on a petition. It counts only once confirmed from the link e-mailed to the
 * address (double opt-in); the links' secrets are never stored, only their SHA-256. One address signs a petition once:
 * the database's unique key on the petition and the address's {@link EmailKey} decides, not a look-up before the
 * insert. Consent to further contact, and to text messages for a mobile number, are answers of their own, never
 * assumed. A signature that looks like abuse ({@link HoldReason}) is held aside: no link goes out and it does not count
 * until an admin releases it.
 */
@Entity
@Table(name = "signature", uniqueConstraints = @UniqueConstraint(columnNames = {"petition_id", "email_key"}))
@NamedQuery(
        name = "Signature.stopTexts",
        query = "update Signature s set s.smsConsent = false, s.version = s.version + 1"
                + " where s.mobile = :mobile and s.smsConsent = true")
@NamedQuery(
        name = "Signature.findIdByEmailKey",
        query = "select s.id from Signature s where s.petition.id = :petition and s.emailKey = :key")
@NamedQuery(
        name = "Signature.findWithPetition",
        query = "select s from Signature s join fetch s.petition p join fetch p.campaign c join fetch c.coalition"
                + " where s.id = :id")
@NamedQuery(
        name = "Signature.findIdByConfirmToken",
        query = "select s.id from Signature s where s.confirmTokenHash = :hash")
@NamedQuery(
        name = "Signature.findIdByEraseToken",
        query = "select s.id from Signature s where s.eraseTokenHash = :hash")
@NamedQuery(
        name = "Signature.listConfirmedAfter",
        query = "select s from Signature s where s.petition.id = :petition and s.id > :after"
                + " and s.status = org.cofile.domain.campaign.SignatureStatus.CONFIRMED order by s.id")
@NamedQuery(
        name = "Signature.countHeld",
        query = "select count(s) from Signature s where s.petition.id = :petition"
                + " and s.status = org.cofile.domain.campaign.SignatureStatus.HELD")
@NamedQuery(
        name = "Signature.countConfirmedInShard",
        query = "select count(s) from Signature s where s.petition.id = :petition and s.shard = :shard"
                + " and s.status = org.cofile.domain.campaign.SignatureStatus.CONFIRMED")
public class Signature extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int POSTCODE_MAX = 20;
    public static final int MOBILE_MAX = 30;

    /** How long a confirmation link works. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

    /** Confirmation mails per signature at most: a second attempt re-sends, a few times, never more. */
    public static final int CONFIRMATIONS_MAX = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern MOBILE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "petition_id", nullable = false)
    private Petition petition;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = EmailKey.MAX_LENGTH)
    private String email;

    @Column(name = "email_key", nullable = false, length = EmailKey.MAX_LENGTH)
    private String emailKey;

    @Column(nullable = false, length = POSTCODE_MAX)
    private String postcode;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    @Column(length = MOBILE_MAX)
    private String mobile;

    @Column(name = "sms_consent", nullable = false)
    private boolean smsConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignatureStatus status = SignatureStatus.PENDING;

    @Column(name = "confirm_token_hash", nullable = false, unique = true, length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_expires_at", nullable = false)
    private Instant confirmExpiresAt;

    @Column(name = "confirmations_sent", nullable = false)
    private int confirmationsSent;

    @Column(name = "erase_token_hash", nullable = false, unique = true, length = 64)
    private String eraseTokenHash;

    /** Which counter row its confirmation adds to. */
    @Column(nullable = false)
    private int shard;

    /** The {@link HoldReason}s, comma-separated, while held; kept after a release, to tell how it came in. */
    @Column(name = "held_for", length = 100)
    private String heldFor;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected Signature() {}

    /** What a signer sends; the consents are answers, {@code null} when not given. */
    public record Form(
            String name,
            String email,
            String postcode,
            String country,
            Boolean contactConsent,
            String mobile,
            Boolean smsConsent) {}

    /**
     * A new signature and the secrets of its two links (confirm, erase), which go only into the mail; none for a
     * signature held aside, which is mailed when released.
     */
    public record Signed(Signature signature, String confirmSecret, String eraseSecret) {

        public boolean mailed() {
            return confirmSecret != null;
        }
    }

    /** A signature with nothing suspicious about it. */
    public static Signed sign(Petition petition, Form form, LocalDate today, Instant now, int shard) {
        return sign(petition, form, today, now, shard, Set.of());
    }

    /**
     * Refused: a closed petition, a field missing or malformed, a consent not answered. Held aside, without links,
     * when there is any reason to suspect it.
     */
    public static Signed sign(
            Petition petition, Form form, LocalDate today, Instant now, int shard, Set<HoldReason> suspicions) {
        if (!petition.isOpen(today)) {
            throw new ConflictException("petition", "This petition closed on " + petition.getClosesOn() + ".");
        }
        var errors = new LinkedHashMap<String, String>();
        String key = null;
        try {
            key = EmailKey.of(form.email());
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        required(errors, "name", form.name(), NAME_MAX, "Give your name as it should count.");
        required(errors, "postcode", form.postcode(), POSTCODE_MAX, "Give your postcode.");
        var country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            errors.put("country", "Give your country as its two-letter code, such as US or GB.");
        }
        if (form.contactConsent() == null) {
            errors.put("contactConsent", "Say whether the campaign may contact you again: yes or no.");
        }
        var mobile = form.mobile() == null || form.mobile().isBlank()
                ? null
                : form.mobile().strip();
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.put("mobile", "Give a mobile number of digits, such as +1 415 555 0100, or none.");
        } else if (mobile != null && COUNTRY.matcher(country).matches()) {
            var e164 = MobileNumber.e164(mobile, country);
            if (e164.isEmpty()) {
                errors.put(
                        "mobile",
                        "This is not a phone number of " + country + "; give it with its country code,"
                                + " such as +1 415 555 0100.");
            } else {
                mobile = e164.get();
            }
        }
        if (mobile != null && form.smsConsent() == null) {
            errors.put("smsConsent", "Say whether the campaign may send text messages to this number: yes or no.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var signature = new Signature();
        signature.petition = petition;
        signature.name = form.name().strip();
        signature.email = form.email().strip();
        signature.emailKey = key;
        signature.postcode = form.postcode().strip();
        signature.country = country;
        signature.contactConsent = form.contactConsent();
        signature.mobile = mobile;
        signature.smsConsent = mobile != null && Boolean.TRUE.equals(form.smsConsent());
        signature.shard = shard;
        signature.signedAt = now;
        if (!suspicions.isEmpty()) {
            signature.status = SignatureStatus.HELD;
            signature.heldFor =
                    suspicions.stream().sorted().map(HoldReason::name).collect(Collectors.joining(","));
            // The columns want secrets; these are thrown away unseen, and release makes the ones that are mailed.
            signature.confirmTokenHash = OneTimeToken.hashOf(secret());
            signature.confirmExpiresAt = now;
            signature.eraseTokenHash = OneTimeToken.hashOf(secret());
            return new Signed(signature, null, null);
        }
        return signature.withNewLinks(now);
    }

    private Signed withNewLinks(Instant now) {
        var confirm = newConfirmation(now);
        var erase = secret();
        eraseTokenHash = OneTimeToken.hashOf(erase);
        return new Signed(this, confirm, erase);
    }

    /**
     * An admin found a held signature genuine: it is treated as signed now, its links go out, and it counts once the
     * signer confirms, as any other.
     */
    public Signed release(Instant now) {
        if (status != SignatureStatus.HELD) {
            throw new ConflictException("status", "Only a signature held aside can be released.");
        }
        status = SignatureStatus.PENDING;
        return withNewLinks(now);
    }

    /** Why it was held, empty for a signature that never was. */
    public Set<HoldReason> getHeldFor() {
        if (heldFor == null || heldFor.isEmpty()) {
            return Set.of();
        }
        var reasons = EnumSet.noneOf(HoldReason.class);
        for (var name : heldFor.split(",")) {
            reasons.add(HoldReason.valueOf(name));
        }
        return reasons;
    }

    public boolean isHeld() {
        return status == SignatureStatus.HELD;
    }

    private static void required(
            LinkedHashMap<String, String> errors, String field, String value, int max, String ask) {
        if (value == null || value.isBlank()) {
            errors.put(field, ask);
        } else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    /**
     * Someone signs again with this address: while unconfirmed, a new link goes out, a few times at most; otherwise
     * nothing. Either way the signer is told the same as a new signer, so a stranger learns nothing of who signed.
     */
    public Optional<String> signAgain(Instant now) {
        if (status != SignatureStatus.PENDING || confirmationsSent >= CONFIRMATIONS_MAX) {
            return Optional.empty();
        }
        return Optional.of(newConfirmation(now));
    }

    private String newConfirmation(Instant now) {
        var secret = secret();
        confirmTokenHash = OneTimeToken.hashOf(secret);
        confirmExpiresAt = now.plus(CONFIRMATION_VALIDITY);
        confirmationsSent++;
        return secret;
    }

    /**
     * Confirms from the link: whether it was confirmed now. A reused link changes nothing ({@code false}); an expired
     * one is refused.
     */
    public boolean confirm(Instant now) {
        if (status == SignatureStatus.CONFIRMED) {
            return false;
        }
        if (status == SignatureStatus.HELD) {
            // Its secrets were never mailed; a link that opens it is not one of ours.
            throw new InvalidInputException("token", "This link is not valid.");
        }
        if (now.isAfter(confirmExpiresAt)) {
            throw new InvalidInputException(
                    "token", "This link has expired: sign again with the same address to get a new one.");
        }
        status = SignatureStatus.CONFIRMED;
        confirmedAt = now;
        return true;
    }

    /**
     * The signer withdraws consent to further contact, by e-mail and by text message, and keeps the signature: it
     * still counts. Whether anything changed (a second time nothing does).
     */
    public boolean unsubscribe() {
        boolean changed = contactConsent || smsConsent;
        contactConsent = false;
        smsConsent = false;
        return changed;
    }

    private static String secret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean isConfirmed() {
        return status == SignatureStatus.CONFIRMED;
    }

    public Petition getPetition() {
        return petition;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCountry() {
        return country;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public SignatureStatus getStatus() {
        return status;
    }

    public int getShard() {
        return shard;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}

package org.cofile.domain.cofiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.domain.rules.ClockVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Representative;
import org.cofile.domain.rules.Timeliness;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;

/**
 * An organization in the filing of one resolution: invited or asking to join, then a proponent with its own holding,
 * proof letter, statement of intent and offer to meet the company, each checked on its own (no aggregation under the
 * 2020 rules). The {@link Resolution} admits co-filers ({@link Resolution#invite}); a co-filer keeps its own record.
 */
@Entity
@Table(name = "cofiler")
@NamedQuery(
        name = "CoFiler.listByResolution",
        query = "select c from CoFiler c join fetch c.organization where c.resolution.id = :resolution"
                + " order by c.role, c.id")
@NamedQuery(
        name = "CoFiler.find",
        query = "select c from CoFiler c join fetch c.organization"
                + " where c.resolution.id = :resolution and c.organization.id = :organization")
@NamedQuery(
        name = "CoFiler.listJoinedByOrganization",
        query = "select c from CoFiler c join fetch c.resolution r"
                + " where c.organization.id = :organization and c.status = org.cofile.domain.cofiling.CoFilerStatus.JOINED"
                + " and r.state = org.cofile.domain.resolution.ResolutionState.APPROVED",
        hints = {
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.company"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.meeting"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.coalition"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.leadFiler")
        })
@NamedQuery(
        name = "CoFiler.listPendingByOrganization",
        query = "select c from CoFiler c join fetch c.resolution r"
                + " where c.organization.id = :organization"
                + " and c.status in (org.cofile.domain.cofiling.CoFilerStatus.INVITED,"
                + " org.cofile.domain.cofiling.CoFilerStatus.REQUESTED, org.cofile.domain.cofiling.CoFilerStatus.JOINED)"
                + " and r.state in (org.cofile.domain.resolution.ResolutionState.APPROVED,"
                + " org.cofile.domain.resolution.ResolutionState.FILED)",
        hints = {
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.company"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.meeting"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.coalition"),
            @QueryHint(name = CoFiler.JOIN_FETCH, value = "c.resolution.leadFiler")
        })
@NamedQuery(
        name = "CoFiler.listByResolutions",
        query = "select c from CoFiler c join fetch c.organization where c.resolution.id in :resolutions")
@NamedQuery(
        name = "CoFiler.listJoinedByResolutions",
        query = "select c from CoFiler c join fetch c.organization where c.resolution.id in :resolutions"
                + " and c.status = org.cofile.domain.cofiling.CoFilerStatus.JOINED")
public class CoFiler extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /**
     * EclipseLink's hint for a fetch join across two relationships, which JPQL cannot write: the calendar and the
     * holdings import read each co-filing's resolution with its company, meeting, coalition and lead filer at once.
     */
    static final String JOIN_FETCH = "eclipselink.join-fetch";

    public static final int CUSTODIAN_MAX = 200;
    public static final int CONTACT_MAX = 500;
    public static final int REASON_MAX = 2000;
    public static final int AVAILABILITY_MAX = 20;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CoFilerRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CoFilerStatus status;

    /** Why it declined or was dropped. */
    @Column(length = REASON_MAX)
    private String reason;

    @Column(precision = 20, scale = 4)
    private BigDecimal shares;

    @Column(name = "held_since")
    private LocalDate heldSince;

    @Column(name = "highest_price", precision = 20, scale = 4)
    private BigDecimal highestPrice;

    @Column(name = "holding_value", precision = 20, scale = 2)
    private BigDecimal value;

    @Column(length = CUSTODIAN_MAX)
    private String custodian;

    @Column(name = "dtc_participant", length = 4)
    private String dtcParticipant;

    @Column(name = "proof_covers_through")
    private LocalDate proofCoversThrough;

    @Column(name = "intends_to_hold", nullable = false)
    private boolean intendsToHold;

    /** The offered days, one {@link Availability#toString()} per line: few, read with the co-filer, never queried. */
    @Column(length = 1000)
    private String availability;

    @Column(length = CONTACT_MAX)
    private String contact;

    @Column(name = "representative_name", length = Proponent.NAME_MAX)
    private String representativeName;

    @Column(name = "representative_org_id")
    private Long representativeOrganizationId;

    @Column(name = "proof_on_file", nullable = false)
    private boolean proofOnFile;

    @Column(name = "authorization_on_file", nullable = false)
    private boolean authorizationOnFile;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CoFiler() {}

    private CoFiler(
            Resolution resolution, Organization organization, CoFilerRole role, CoFilerStatus status, Instant at) {
        this.resolution = resolution;
        this.organization = organization;
        this.role = role;
        this.status = status;
        this.updatedAt = at;
    }

    /** For {@link Resolution#leadProponent}: the lead filer, a proponent from the start. */
    public static CoFiler lead(Resolution resolution, Instant at) {
        return new CoFiler(resolution, resolution.getLeadFiler(), CoFilerRole.LEAD, CoFilerStatus.JOINED, at);
    }

    /** For {@link Resolution#invite}, which checks that the organization may be invited. */
    public static CoFiler invited(Resolution resolution, Organization organization, Instant at) {
        return new CoFiler(resolution, organization, CoFilerRole.CO_FILER, CoFilerStatus.INVITED, at);
    }

    /** For {@link Resolution#askToJoin}, which checks that the organization may ask. */
    public static CoFiler asking(Resolution resolution, Organization organization, Instant at) {
        return new CoFiler(resolution, organization, CoFilerRole.CO_FILER, CoFilerStatus.REQUESTED, at);
    }

    /** Invited or asking again after a decline: the decision starts over. */
    public void reopen(CoFilerStatus pending, LocalDate today, LocalDate closesOn, Instant at) {
        if (status != CoFilerStatus.DECLINED) {
            throw new ConflictException(
                    "organizationId", organization.getName() + " is already " + status + " on this resolution.");
        }
        resolution.requireOpenForCoFilers(today, closesOn);
        status = pending;
        reason = null;
        updatedAt = at;
    }

    /**
     * The invited organization accepts or declines its invitation; the lead filer accepts or declines a request to
     * join. Only while the decision is pending, and acceptance only until co-filing closes.
     */
    public void decide(boolean accept, String why, LocalDate today, LocalDate closesOn, Instant at) {
        if (!status.isPending()) {
            throw new ConflictException(
                    "accept", organization.getName() + " is " + status + "; there is nothing to decide.");
        }
        var cleanReason = clean(why);
        if (accept) {
            resolution.requireOpenForCoFilers(today, closesOn);
            status = CoFilerStatus.JOINED;
        } else {
            status = CoFilerStatus.DECLINED;
        }
        reason = cleanReason;
        updatedAt = at;
    }

    /** The lead filer leaves a proponent out of the filing, saying why; the lead filer itself cannot be left out. */
    public void drop(String why, Instant at) {
        if (role == CoFilerRole.LEAD) {
            throw new ConflictException("drop", "The lead filer files the resolution; it cannot be dropped.");
        }
        if (status != CoFilerStatus.JOINED) {
            throw new ConflictException("drop", organization.getName() + " is " + status + ", not a co-filer.");
        }
        var cleanReason = clean(why);
        if (cleanReason == null) {
            throw new InvalidInputException("reason", "Say why " + organization.getName() + " is dropped.");
        }
        requireBeforeFiling();
        status = CoFilerStatus.DROPPED;
        reason = cleanReason;
        updatedAt = at;
    }

    /**
     * Records the holding and the statements, replacing what was there. Refused outright: a holding that cannot be
     * one (no shares, held from a future day, neither price nor value), a DTC number of the wrong form, and days
     * offered outside the engagement window; whether the holding makes it eligible is the engine's verdict, shown
     * with the record.
     */
    public void record(HoldingRecord data, LocalDate today, ClockVerdict engagementWindow, Instant at) {
        requireBeforeFiling();
        if (status != CoFilerStatus.JOINED) {
            throw new ConflictException(
                    "status", organization.getName() + " is " + status + "; only a co-filer records a holding.");
        }
        var errors = new LinkedHashMap<String, String>();
        if (data.shares() == null || data.shares().signum() <= 0) {
            errors.put("shares", "Give the number of shares held, more than zero.");
        } else {
            Bounds.decimal(data.shares(), "shares");
        }
        if (data.heldSince() == null) {
            errors.put("heldSince", "Give the day since which the shares have been held without a break.");
        } else if (data.heldSince().isAfter(today)) {
            errors.put("heldSince", "The shares cannot be held since a day after today (" + today + ").");
        }
        if (data.highestPrice() == null && data.value() == null) {
            errors.put("highestPrice", "Give the highest price in the 60 days before submission, or the value.");
        }
        if (data.highestPrice() != null && data.highestPrice().signum() < 0) {
            errors.put("highestPrice", "A price is not negative.");
        }
        if (data.value() != null && data.value().signum() < 0) {
            errors.put("value", "A value is not negative.");
        }
        var custodianName = clean(data.custodian());
        if (custodianName == null) {
            errors.put("custodian", "Name the bank or broker that holds the shares.");
        } else if (custodianName.length() > CUSTODIAN_MAX) {
            errors.put("custodian", "At most " + CUSTODIAN_MAX + " characters.");
        }
        String dtc = null;
        if (data.dtcParticipant() != null && !data.dtcParticipant().isBlank()) {
            try {
                dtc = new DtcParticipant(data.dtcParticipant()).number();
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        var contactText = clean(data.contact());
        if (contactText != null && contactText.length() > CONTACT_MAX) {
            errors.put("contact", "At most " + CONTACT_MAX + " characters.");
        }
        if (data.availability().size() > AVAILABILITY_MAX) {
            errors.put("availability", "At most " + AVAILABILITY_MAX + " days.");
        }
        for (int i = 0; i < data.availability().size() && engagementWindow.applies(); i++) {
            var day = data.availability().get(i).getDate();
            if (engagementWindow.timelinessOf(day) != Timeliness.ON_TIME) {
                errors.put(
                        "availability[" + i + "].date",
                        day + " is outside the window of 14a-8(b)(1)(iii): " + engagementWindow.explanation());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        shares = data.shares();
        heldSince = data.heldSince();
        highestPrice = data.highestPrice();
        value = data.value();
        custodian = custodianName;
        dtcParticipant = dtc;
        proofCoversThrough = data.proofCoversThrough();
        intendsToHold = data.intendsToHold();
        availability = Availability.join(data.availability());
        contact = contactText;
        representativeName =
                data.representative() == null ? null : data.representative().name();
        representativeOrganizationId =
                data.representative() == null ? null : data.representative().organizationId();
        updatedAt = at;
    }

    /** Keeps track of the letters on file, which the eligibility check reads without loading them. */
    public void documentsOnFile(boolean proof, boolean authorization, Instant at) {
        requireBeforeFiling();
        this.proofOnFile = proof;
        this.authorizationOnFile = authorization;
        this.updatedAt = at;
    }

    private void requireBeforeFiling() {
        if (resolution.getState() != ResolutionState.APPROVED) {
            throw new ConflictException(
                    "state",
                    "Co-filing is open while the resolution is approved; it is " + resolution.getState() + ".");
        }
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "At most " + REASON_MAX + " characters.");
        }
        return stripped;
    }

    public boolean hasHolding() {
        return shares != null;
    }

    /** The holding as the rules engine reads it, or {@code null} when none is recorded. */
    public Holding holding(String currency) {
        if (!hasHolding()) {
            return null;
        }
        String holder = "organization:" + organization.getId();
        return value != null
                ? Holding.ofValue(holder, shares, heldSince, new Money(value, currency))
                : Holding.atPrice(holder, shares, heldSince, new Money(highestPrice, currency));
    }

    /** What is on file, as the engine's eligibility check reads it. */
    public Documents documents() {
        var representative = getRepresentative() == null
                ? null
                : new Representative(getRepresentative().name(), authorizationOnFile);
        return new Documents(intendsToHold, proofOnFile, availability != null, representative);
    }

    /** What the co-filer recorded last, as it would record it again; an empty record before the first. */
    public HoldingRecord holding() {
        return new HoldingRecord(
                shares,
                heldSince,
                highestPrice,
                value,
                custodian,
                dtcParticipant,
                proofCoversThrough,
                intendsToHold,
                getAvailability(),
                contact,
                getRepresentative());
    }

    public Proponent getRepresentative() {
        return representativeName == null ? null : new Proponent(representativeOrganizationId, representativeName);
    }

    public Resolution getResolution() {
        return resolution;
    }

    public Organization getOrganization() {
        return organization;
    }

    public CoFilerRole getRole() {
        return role;
    }

    public CoFilerStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getShares() {
        return shares;
    }

    public LocalDate getHeldSince() {
        return heldSince;
    }

    public BigDecimal getHighestPrice() {
        return highestPrice;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCustodian() {
        return custodian;
    }

    public String getDtcParticipant() {
        return dtcParticipant;
    }

    public LocalDate getProofCoversThrough() {
        return proofCoversThrough;
    }

    public boolean isIntendsToHold() {
        return intendsToHold;
    }

    /** The offered days in order. */
    public List<Availability> getAvailability() {
        return Availability.split(availability).stream()
                .sorted(Comparator.comparing(Availability::getDate).thenComparing(Availability::getFrom))
                .toList();
    }

    public String getContact() {
        return contact;
    }

    public boolean isProofOnFile() {
        return proofOnFile;
    }

    public boolean isAuthorizationOnFile() {
        return authorizationOnFile;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String auditLabel() {
        return organization.getName() + " on resolution " + resolution.getId();
    }
}

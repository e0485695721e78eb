package org.cofile.domain.cofiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.cofile.domain.meeting.AnnualMeeting;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.shared.BaseEntity;

/**
 * One proposal per person per meeting (14a-8(c); under the 2020 rules also not one as a shareholder and another as
 * someone's representative): a proponent's claim on a meeting for one resolution. The database holds {@code
 * (meeting, proponent key)} unique across the whole instance, so two coalitions cannot both file for the same
 * proponent, even in a race.
 */
@Entity
@Table(name = "proponent_slot")
@NamedQuery(
        name = "ProponentSlot.find",
        query = "select s from ProponentSlot s join fetch s.resolution"
                + " where s.meeting.id = :meeting and s.proponentKey = :key")
@NamedQuery(
        name = "ProponentSlot.listByResolution",
        query = "select s from ProponentSlot s where s.resolution.id = :resolution")
public class ProponentSlot extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private AnnualMeeting meeting;

    @Column(name = "proponent_key", nullable = false, length = 220)
    private String proponentKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    protected ProponentSlot() {}

    public ProponentSlot(Resolution resolution, Proponent proponent) {
        this.meeting = resolution.getMeeting();
        this.resolution = resolution;
        this.proponentKey = proponent.key();
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getProponentKey() {
        return proponentKey;
    }
}

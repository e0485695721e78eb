package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.cofile.domain.shared.BaseEntity;

/**
 * One of a petition's counter rows. A confirmation adds one to the row of its signature's shard, so that concurrent
 * confirmations update different rows; the count is their sum. A recount sets each row to the confirmed signatures of
 * its shard, so that the count always equals them after one.
 */
@Entity
@Table(name = "petition_count_shard", uniqueConstraints = @UniqueConstraint(columnNames = {"petition_id", "shard"}))
@NamedQuery(
        name = "PetitionCountShard.sum",
        query = "select coalesce(sum(s.confirmed), 0) from PetitionCountShard s where s.petitionId = :petition")
@NamedQuery(
        name = "PetitionCountShard.find",
        query = "select s from PetitionCountShard s where s.petitionId = :petition and s.shard = :shard")
@NamedQuery(
        name = "PetitionCountShard.add",
        query = "update PetitionCountShard s set s.confirmed = s.confirmed + :delta"
                + " where s.petitionId = :petition and s.shard = :shard")
public class PetitionCountShard extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "petition_id", nullable = false)
    private long petitionId;

    @Column(nullable = false)
    private int shard;

    @Column(nullable = false)
    private long confirmed;

    protected PetitionCountShard() {}

    public PetitionCountShard(long petitionId, int shard) {
        this.petitionId = petitionId;
        this.shard = shard;
    }

    /** What the recount found in this shard. */
    public void recount(long confirmedSignatures) {
        this.confirmed = confirmedSignatures;
    }
}

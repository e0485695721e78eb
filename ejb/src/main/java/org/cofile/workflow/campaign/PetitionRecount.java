package org.cofile.workflow.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cofile.domain.campaign.Petition;
import org.cofile.workflow.shared.Settings;

/**
 * The periodic full recount of every petition ({@code COFILE_RECOUNT_INTERVAL_SECONDS}, default every ten minutes):
 * whatever happened to the counter rows, after a recount the count equals the confirmed signatures.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PetitionRecount {

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PetitionCounter counter;

    @PostConstruct
    void schedule() {
        long seconds = Long.parseLong(Settings.of("COFILE_RECOUNT_INTERVAL_SECONDS", "600"));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("petition recount", false));
    }

    @Timeout
    void recountAll() {
        for (var id : em.createNamedQuery("Petition.listIds", Long.class).getResultList()) {
            for (int shard = 0; shard < Petition.COUNT_SHARDS; shard++) {
                counter.recountShard(id, shard);
            }
        }
    }
}

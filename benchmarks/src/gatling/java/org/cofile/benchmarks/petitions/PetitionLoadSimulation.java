package org.cofile.benchmarks.petitions;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A petition signed and confirmed by {@code bench.signers} members of the public through the running EAR, {@code
 * bench.concurrency} at a time, each from a client address of its own behind the trusted proxy: sign, find the link
 * in the mail (the benchmark's own SMTP sink), confirm. On purpose, one signer in fifty signs twice before confirming (a second link goes
 * out; the newest confirms), one in fifty signs again after confirming (written in capitals: the same address), and
 * one in fifty follows its link a second time (409, nothing changes). The public page and the public count are
 * measured alone after the first {@code bench.first} signatures and again after all of them. Then the database is
 * asked: the confirmed signatures, the counter rows' sum and the public count must each equal the number of distinct
 * signers whose confirmation succeeded. Plain JDBC inserts into the same table at the same concurrency give the
 * yardstick. The figures go to {@code bench.results} (JSON) and Gatling's report.
 */
public class PetitionLoadSimulation extends Simulation {

    private static final int EVERY = 50;
    /** A signer looks for its mail every 50 ms for up to 30 s, then gives up (counted as without mail). */
    private static final Duration MAIL_POLL = Duration.ofMillis(50);

    private static final int MAIL_WAITS = 600;
    private static final int PROBE_USERS_PER_SECOND = 10;
    private static final Duration PROBE = Duration.ofSeconds(30);
    private static final Pattern COUNT = Pattern.compile("\"confirmedSignatures\":(\\d+)");

    private final Settings settings = Settings.fromSystem();
    private final Fixture fixture;
    private final MailSink mail;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final AtomicLong missingMail = new AtomicLong();
    private final Phase first = new Phase();
    private final Phase rest = new Phase();

    /** When a signing phase started and its last signer finished. */
    private static final class Phase {
        final AtomicInteger next = new AtomicInteger();
        final AtomicLong start = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong end = new AtomicLong();

        double seconds() {
            return Math.max(0, end.get() - start.get()) / 1e9;
        }
    }

    public PetitionLoadSimulation() throws Exception {
        fixture = Fixture.create(settings);
        mail = new MailSink(settings.smtpPort());
        var protocol = http.baseUrl(settings.base())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableCaching()
                .disableWarmUp();
        int perUserFirst = (settings.first() + settings.concurrency() - 1) / settings.concurrency();
        int perUserRest = (settings.signers() - settings.first() + settings.concurrency() - 1) / settings.concurrency();
        setUp(warmUp()
                        .injectOpen(constantUsersPerSec(PROBE_USERS_PER_SECOND).during(PROBE))
                        .andThen(signing("first signers", first, 0, settings.first(), perUserFirst)
                                .injectOpen(atOnceUsers(settings.concurrency())))
                        .andThen(probe(settings.first()).injectOpen(constantUsersPerSec(PROBE_USERS_PER_SECOND)
                                .during(PROBE)))
                        .andThen(signing("the other signers", rest, settings.first(), settings.signers(), perUserRest)
                                .injectOpen(atOnceUsers(settings.concurrency())))
                        .andThen(probe(settings.signers()).injectOpen(constantUsersPerSec(PROBE_USERS_PER_SECOND)
                                .during(PROBE))))
                .protocols(protocol);
    }

    /** Signers {@code from} (inclusive) to {@code upTo} (exclusive), {@code perUser} by each virtual user at most. */
    private ScenarioBuilder signing(String name, Phase phase, int from, int upTo, int perUser) {
        return scenario(name).repeat(perUser).on(exec(session -> {
                    int i = from + phase.next.getAndIncrement();
                    phase.start.accumulateAndGet(System.nanoTime(), Math::min);
                    // A failed check marks the virtual user's session; each signer starts clean.
                    return session.markAsSucceeded().set("i", i).set("go", i < upTo);
                })
                .doIf("#{go}")
                .then(signer())
                .exec(session -> {
                    phase.end.accumulateAndGet(System.nanoTime(), Math::max);
                    return session;
                }));
    }

    private ChainBuilder signer() {
        var sign = "api/public/petitions/" + fixture.signedPetition + "/signatures";
        return exec(session -> {
                    int i = session.getInt("i");
                    return session.set("email", "signer-" + run + "-" + i + "@bench.example")
                            .set("ip", "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255))
                            .set("twiceBefore", i % EVERY == 7)
                            .set("againAfter", i % EVERY == 19)
                            .set("reuse", i % EVERY == 31)
                            .set("token", "")
                            .set("waits", 0);
                })
                .exec(signRequest("sign", sign, "#{email}"))
                .doIf("#{twiceBefore}")
                .then(exec(signRequest("sign again before confirming", sign, "#{email}")))
                .asLongAs(session -> session.getString("token").isEmpty() && session.getInt("waits") < MAIL_WAITS)
                .on(exec(session -> {
                            // Who signed twice waits for the second mail: the first link no longer works.
                            var token = mail.latestToken(
                                    session.getString("email"), session.getBoolean("twiceBefore") ? 2 : 1);
                            return session.set("token", token == null ? "" : token)
                                    .set("waits", session.getInt("waits") + 1);
                        })
                        .doIf(session -> session.getString("token").isEmpty())
                        .then(pause(MAIL_POLL)))
                .doIfOrElse(session -> session.getString("token").isEmpty())
                .then(exec(session -> {
                    missingMail.incrementAndGet();
                    return session;
                }))
                .orElse(exec(http("confirm")
                                .post("api/public/signatures/confirm")
                                .header("X-Forwarded-For", "#{ip}")
                                .body(StringBody("{\"token\":\"#{token}\"}"))
                                .check(status().is(200)))
                        .exec(session -> {
                            if (!session.isFailed()) {
                                confirmed.add(session.getString("email"));
                            }
                            return session;
                        })
                        .doIf("#{reuse}")
                        .then(exec(http("confirm, the link again")
                                .post("api/public/signatures/confirm")
                                .header("X-Forwarded-For", "#{ip}")
                                .body(StringBody("{\"token\":\"#{token}\"}"))
                                .check(status().is(409))))
                        .doIf("#{againAfter}")
                        .then(exec(session -> session.set(
                                        "upper", session.getString("email").toUpperCase(Locale.ROOT)))
                                .exec(signRequest("sign again after confirming", sign, "#{upper}"))));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder signRequest(String name, String path, String email) {
        return http(name)
                .post(path)
                .header("X-Forwarded-For", "#{ip}")
                .body(StringBody("{\"name\":\"Bench Signer\",\"email\":\"" + email
                        + "\",\"postcode\":\"94110\",\"country\":\"US\",\"contactConsent\":\"false\"}"))
                .check(status().is(202));
    }

    /** The public page before any signature, so that the first measure is not the JIT's warm-up. */
    private ScenarioBuilder warmUp() {
        return scenario("warm-up")
                .exec(http("warm-up, public page")
                        .get("petition.xhtml?id=" + fixture.signedPetition)
                        .header("Accept", "text/html"))
                .exec(http("warm-up, public count").get("api/public/petitions/" + fixture.signedPetition));
    }

    /** The public page and the public count, measured alone at {@code signatures}. */
    private ScenarioBuilder probe(int signatures) {
        var at = String.format(Locale.ROOT, "%,d", signatures);
        return scenario("public page at " + at)
                .exec(http("public page at " + at)
                        .get("petition.xhtml?id=" + fixture.signedPetition)
                        .header("Accept", "text/html")
                        .check(status().is(200)))
                .exec(http("public count at " + at)
                        .get("api/public/petitions/" + fixture.signedPetition)
                        .check(status().is(200)));
    }

    @Override
    public void after() {
        try {
            mail.close();
            // The public count is at most two seconds stale.
            Thread.sleep(2_500);
            long inDatabase;
            long inCounters;
            try (var db = Fixture.connect(settings)) {
                inDatabase = single(db, "SELECT COUNT(*) FROM signature WHERE petition_id = "
                        + fixture.signedPetition + " AND status = 'CONFIRMED'");
                inCounters = single(db, "SELECT SUM(confirmed) FROM petition_count_shard WHERE petition_id = "
                        + fixture.signedPetition);
            }
            var page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            settings.base() + "api/public/petitions/" + fixture.signedPetition))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var matcher = COUNT.matcher(page);
            long publicCount = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
            long signers = confirmed.size();
            boolean agree = inDatabase == signers && inCounters == signers && publicCount == signers;
            double seconds = first.seconds() + rest.seconds();
            double plain = PlainInserts.rate(settings, fixture.insertedPetition, settings.signers());
            var json = String.format(
                    Locale.ROOT,
                    "{\"signers\": %d, \"confirmedDistinct\": %d, \"confirmedInDatabase\": %d,"
                            + " \"counterRowsSum\": %d, \"publicCount\": %d, \"countsAgree\": %s,"
                            + " \"signersWithoutMail\": %d, \"signingSeconds\": %.1f,"
                            + " \"signaturesPerSecond\": %.1f, \"plainInsertsPerSecond\": %.1f,"
                            + " \"concurrency\": %d, \"plainInsertConnections\": %d}%n",
                    settings.signers(),
                    signers,
                    inDatabase,
                    inCounters,
                    publicCount,
                    agree,
                    missingMail.get(),
                    seconds,
                    signers / seconds,
                    plain,
                    settings.concurrency(),
                    PlainInserts.connections(settings));
            Files.createDirectories(Path.of(settings.results()).toAbsolutePath().getParent());
            Files.writeString(Path.of(settings.results()), json);
            System.out.println("PETITION LOAD " + json);
        } catch (Exception e) {
            throw new IllegalStateException("The benchmark's checks could not run", e);
        }
    }

    private static long single(java.sql.Connection db, String sql) throws java.sql.SQLException {
        try (var st = db.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server restart keeps the demo data and what was created since: a server of its own is started, given a company,
 * stopped and started again. On H2 that is the file database under the server's data directory; with DB_URL set, the
 * MySQL database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT extends CoFilingSupport {

    private static final String SERVER = "restartable";
    private static final String DEPLOYMENT = "restart";

    @ArquillianResource
    private ContainerController controller;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server(3926);

    private static URI restartable() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("it.restart.port.offset", 200)) + "/");
    }

    /** The reminders received for the resolution titled {@code title}, by recipient. */
    private static Map<String, Long> remindersOf(String title) throws Exception {
        var counts = new TreeMap<String, Long>();
        for (var message : SMTP.getReceivedMessages()) {
            if (message.getSubject().startsWith("Filing deadline in")
                    && message.getSubject().endsWith(title)) {
                counts.merge(message.getAllRecipients()[0].toString(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The count holds through several runs of the three-second timer: no second reminder comes. */
    private static void stillOnceEach(String title, Map<String, Long> expected) {
        Awaitility.await("no second reminder")
                .during(Duration.ofSeconds(8))
                .atMost(Duration.ofSeconds(12))
                .until(() -> remindersOf(title).equals(expected));
    }

    /**
     * One reminder for each active member of the lead filer who may file: the demo's filer and admin, and on MariaDB,
     * whose database this server shares with the suite, those that other tests invited (MailIT invites filers).
     */
    private Map<String, Long> oneEachToTheSistersFilers() throws Exception {
        var expected = new TreeMap<String, Long>();
        for (var member :
                as(Demo.SISTERS_ORG_ADMIN).get("api/members").structure().asJsonArray()) {
            var m = member.asJsonObject();
            if (m.getBoolean("active") && !"MEMBER".equals(m.getString("role"))) {
                expected.put(m.getString("email"), 1L);
            }
        }
        return expected;
    }

    private String approvedTitle() throws Exception {
        long resolution = approvedAtSisters(meeting(TODAY.plusDays(20)));
        return as(Demo.SISTERS_FILER)
                .get("api/resolutions/" + resolution)
                .json()
                .getString("title");
    }

    /**
     * One restart of a server of its own, for both things a restart must keep (one restart: a server's start is the
     * slowest thing the suite does). The data: the demo's and a company created before it. And issue 8's reminder
     * before the filing deadline, which reaches each filer of a co-filer that still misses something exactly once:
     * the persistent timer that sends them is restored after the restart rather than created again.
     */
    @Test
    void aRestartKeepsTheDataAndTheReminderTimerAndNoReminderComesTwice() throws Exception {
        base = restartable();
        controller.start(SERVER);
        try {
            deployer.deploy(DEPLOYMENT);
            // The lead filer has recorded nothing yet: its filers are reminded (30 days ahead on this server).
            var title = approvedTitle();
            long company = companyOf.values().iterator().next();
            var expected = oneEachToTheSistersFilers();
            assertThat(expected).containsKeys(Demo.SISTERS_ORG_ADMIN, Demo.SISTERS_FILER);
            Awaitility.await("the reminder").atMost(Duration.ofSeconds(30)).until(() -> remindersOf(title)
                    .equals(expected));
            // Several runs of the timer later, still one each.
            stillOnceEach(title, expected);

            controller.stop(SERVER);
            controller.start(SERVER);
            awaitHealthy(base);
            var api = as(Demo.HARRINGTON_FILER);
            assertThat(api.get("api/companies/" + company).status())
                    .as("the company created before the restart")
                    .isEqualTo(200);
            assertThat(api.get("api/companies?ticker=AMZN")
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .as("the demo data")
                    .isEqualTo(1);
            stillOnceEach(title, expected);
            // The timer runs on after the restart: a new resolution's reminder comes.
            var later = approvedTitle();
            Awaitility.await("the reminder after the restart")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> remindersOf(later).equals(expected));
            var log = Files.readString(Path.of(System.getProperty("it.restart.dir"), "log", "server.log"));
            assertThat(log).contains("the persistent timer (deadline-reminders every 3 s) was restored");
        } finally {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(SERVER);
        }
    }

    /** The deployment recorded in the server's configuration comes back with it, a moment after the server. */
    private static void awaitHealthy(URI base) {
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(base.resolve("api/health")).build();
        Awaitility.await("the restarted server's health")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }
}

package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
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

/**
 * A server restart keeps the demo data and what was created since: a server of its own is started, given a company,
 * stopped and started again. On H2 that is the file database under the server's data directory; with DB_URL set, the
 * MySQL database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

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

    @Test
    void aRestartKeepsTheDemoDataAndWhatWasCreatedSince() throws Exception {
        var base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("it.restart.port.offset", 200)) + "/");
        controller.start(SERVER);
        try {
            deployer.deploy(DEPLOYMENT);
            var token = ApiClient.issueToken(new PortalClient(base), Demo.HARRINGTON_FILER);
            var ticker = "R"
                    + UUID.randomUUID()
                            .toString()
                            .replaceAll("[^a-f]", "")
                            .toUpperCase()
                            .substring(0, 4);
            var created = new ApiClient(base, token)
                    .post("api/companies", "{\"name\":\"Restart Test Inc.\",\"ticker\":\"" + ticker + "\"}");
            assertThat(created.status()).isEqualTo(201);

            controller.stop(SERVER);
            controller.start(SERVER);
            awaitHealthy(base);

            var api = new ApiClient(base, token);
            var found = api.get("api/companies?ticker=" + ticker).json();
            assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(api.get("api/companies?ticker=AMZN")
                            .json()
                            .getJsonNumber("total")
                            .longValue())
                    .isEqualTo(1);
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

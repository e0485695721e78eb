package org.cofile.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every test uses: the EAR exactly as the build packaged it. In-container tests get this package
 * added to the EAR's WAR, so Arquillian can run them inside it.
 */
public final class Deployments {

    static final String EAR_NAME = "cofile.ear";
    static final String WAR_NAME = "web.war";

    private Deployments() {}

    /** The shipped EAR, untouched: for tests that act from outside, over HTTP or in a browser. */
    public static EnterpriseArchive shippedEar() {
        var path = System.getProperty("cofile.ear", "target/cofile.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The shipped EAR with the tests of this package inside its WAR, and Elytron visible to them to sign in. */
    public static EnterpriseArchive earWithTests() {
        var ear = shippedEar();
        var war = ear.getAsType(WebArchive.class, WAR_NAME);
        war.addPackage(Deployments.class.getPackage());
        war.addAsLibraries(
                jarOf(org.assertj.core.api.Assertions.class),
                jarOf(org.awaitility.Awaitility.class),
                jarOf(org.hamcrest.Matcher.class));
        ear.delete(WAR_NAME);
        ear.addAsModule(war);
        ear.addAsManifestResource(
                new StringAsset("<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
                        + "<sub-deployment name=\"" + WAR_NAME + "\"><dependencies>"
                        + "<module name=\"org.wildfly.security.elytron\"/>"
                        + "</dependencies></sub-deployment></jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
        return ear;
    }

    /** The jar a test library's class came from, to ship it inside the test deployment. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

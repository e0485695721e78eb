package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9 in a real (headless) browser: on a resolution it filed, the lead filer records the company's deficiency
 * notice and its no-action request, a commitment, and declares how the Sisters will vote, in public; the page shows
 * each with the engine's clock, and the public page, without signing in, shows the declaration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswersBrowserIT extends CoFilingSupport {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL url;

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSession session;

    @BeforeEach
    void openBrowser() throws Exception {
        base = url.toURI();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        session = new BrowserSession(browser, wait, url);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void theLeadFilerRecordsTheCompanysAnswersAndDeclaresItsVote() throws Exception {
        long resolution = filedAtSisters();
        long company = as(Demo.SISTERS_FILER)
                .get("api/resolutions/" + resolution)
                .json()
                .getJsonNumber("companyId")
                .longValue();

        session.signIn(Demo.SISTERS_FILER);
        browser.get(url + "resolutions/view.xhtml?id=" + resolution);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("answers"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:record")));

        session.typeDate("notice:proposalReceivedOn", TODAY);
        session.typeDate("notice:noticeSentOn", TODAY);
        session.typeDate("notice:noticeReceivedOn", TODAY);
        session.tick("notice:deficiencies", "NO_AVAILABILITY");
        session.submit("notice:record");
        // 14a-8(f)(1): the cure is due 14 days after the notice reached the proponent.
        assertThat(text("notices"))
                .contains("No availability to meet", TODAY.plusDays(14).toString(), "in time");

        session.typeDate("noAction:filedOn", TODAY);
        session.typeDate("noAction:definitiveProxyDate", TODAY.plusDays(100));
        session.tick("noAction:grounds", "I_7");
        session.submit("noAction:record");
        assertThat(text("requests")).contains("14a-8(i)(7)", "100 days before the definitive proxy");

        session.type("commitment:text", "Publish an independent human-rights assessment");
        session.typeDate("commitment:madeOn", TODAY);
        session.typeDate("commitment:dueOn", TODAY.plusDays(90));
        session.submit("commitment:save");
        assertThat(text("commitments")).contains("Publish an independent human-rights assessment", "Open");

        session.choose("declaration:vote", "For");
        session.type("declaration:shares", "5000");
        session.type("declaration:rationale", "The board should review the evidence first.");
        session.choose("declaration:visibility", "Everyone (the public page)");
        session.submit("declaration:save");
        assertThat(text("declarations")).contains(Demo.SISTERS, "For", "5000");

        var shot = Path.of("target", "answers-page.png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        session.signOut();

        browser.get(url + "declarations.xhtml?companyId=" + company);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declarationsTitle")));
        assertThat(text("declarations")).contains(Demo.SISTERS, "For", "The board should review the evidence first.");
    }
}

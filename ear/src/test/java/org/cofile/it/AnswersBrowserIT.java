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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
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

    /**
     * The demo's history (shared/domain/amazon-record.md) on the accountability view: the figures in the table, the
     * support chart drawn, and the after-filing page of the 2019 board-review resolution as the record tells it.
     */
    @Test
    void theAccountabilityViewShowsAmazonsRecordAndItsSupportChart() throws Exception {
        session.signIn(Demo.SISTERS_FILER);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navAccountability")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountabilityTitle")));
        var amazon = browser.findElements(By.cssSelector("section.cofile-accountability")).stream()
                .filter(section ->
                        section.findElement(By.tagName("h2")).getText().equals("Amazon.com, Inc."))
                .findFirst()
                .orElseThrow();
        assertThat(amazon.getText())
                .contains(
                        "Facial recognition: independent study of Rekognition",
                        "27.50%",
                        "34.33%",
                        "40.69%",
                        "37.40%",
                        "19.08%",
                        "Facial recognition: customer due diligence",
                        "16.79%",
                        "American Baptist Home Mission Society",
                        "Facial recognition: sales to government agencies, board review",
                        "2.40%",
                        "As reported (the company counts abstentions)",
                        "3% · 6% · 10%",
                        "5% · 15% · 25%",
                        "declined to reconsider 2019-04-03");
        // Chart.js drew on the canvas: a blank one has no opaque pixel.
        var canvas = amazon.findElement(By.tagName("canvas"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript(
                                        "const c = arguments[0], p = c.getContext('2d').getImageData(0, 0, c.width,"
                                                + " c.height).data; let n = 0; for (let i = 3; i < p.length; i += 4)"
                                                + " { if (p[i] > 0) n++; } return n;",
                                        canvas))
                        .longValue()
                > 1_000);
        new Actions(browser).scrollToElement(canvas).perform();
        Files.write(
                Path.of("target", "accountability-chart.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        var study =
                amazon.findElement(By.xpath(".//h3[text()='Facial recognition: independent study of Rekognition']"));
        new Actions(browser).scrollToElement(study).perform();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", study);
        Files.write(
                Path.of("target", "accountability-table.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        amazon.findElement(By.linkText("Prohibit sales of facial recognition technology to government agencies"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requests")));
        assertThat(text("requests"))
                .contains("not in the record", "2019-03-28", "declined to reconsider", "2019-04-03");
        assertThat(text("reportedSupport")).contains("2.40", "the company counts abstentions");
    }

    @Test
    void theLeadFilerLogsADialogueAndWithdrawsTheProposalOnAnAgreement() throws Exception {
        long resolution = filedAtSisters();
        session.signIn(Demo.SISTERS_FILER);
        browser.get(url + "resolutions/answers.xhtml?id=" + resolution);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogue:save")));

        session.typeDate("dialogue:heldOn", TODAY);
        session.choose("dialogue:kind", "Call");
        session.type("dialogue:companyParticipants", "Corporate secretary");
        session.type("dialogue:notes", "The company offers an independent assessment.");
        session.submit("dialogue:save");
        assertThat(text("dialogues")).contains(TODAY.toString(), "Call", "Corporate secretary");

        session.typeDate("withdrawal:on", TODAY);
        session.check("withdrawal:withAgreement");
        session.type("withdrawal:terms", "The board publishes an independent assessment within six months.");
        session.typeDate("withdrawal:agreedOn", TODAY);
        session.submit("withdrawal:save");
        // The Sisters are the only proponent: their word completes the withdrawal.
        assertThat(text("withdrawalAwaiting")).contains("every proponent withdrew", TODAY.toString());
        assertThat(text("state")).isEqualTo("Withdrawn by the proponents");
        assertThat(browser.findElements(By.id("vote:save"))).isEmpty();

        session.type("commitment:text", "Publish the independent assessment");
        session.typeDate("commitment:madeOn", TODAY);
        session.typeDate("commitment:dueOn", TODAY.plusMonths(6));
        session.choose("commitment:origin", "a term of the withdrawal agreement");
        session.submit("commitment:save");
        assertThat(text("commitments"))
                .contains("Publish the independent assessment", "a term of the withdrawal agreement");
    }
}

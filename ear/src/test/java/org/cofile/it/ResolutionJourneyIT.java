package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resolution's way through the portal in a real (headless) browser: an organization admin invites a filer, who
 * follows the link and chooses a password, then drafts the board-review resolution from the Amazon template, saves a second version with the live counter running, sees the difference and submits
 * it; the coalition's admin comments and approves; the timeline tells it all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResolutionJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String email) {
        session().signIn(email);
    }

    private void signIn(String email, String password) {
        session().signIn(email, password);
    }

    private void signOut() {
        session().signOut();
    }

    private void choose(String id, String label) {
        session().choose(id, label);
    }

    private BrowserSession session() {
        return new BrowserSession(browser, wait, base);
    }

    @Test
    void anInvitedFilerDraftsFromTheTemplateAndTheCoalitionAdminApprovesIt() throws Exception {
        // Approval claims the meeting for the lead filer: a company and meeting of this test's own.
        var meeting = TestMeetings.create(
                ApiClient.signedInAs(base.toURI(), Demo.SISTERS_FILER),
                TestMeetings.today().plusDays(20));
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var title = "Face surveillance at Amazon " + suffix;
        var email = "invited-" + suffix + "@sisters.test";
        var password = "independent evidence first";

        signIn(Demo.SISTERS_ORG_ADMIN);
        browser.findElement(By.id("navMembers")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email")))
                .sendKeys(email);
        choose("invite:role", "Filer");
        browser.findElement(By.id("invite:send")).click();
        var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newLink")))
                .getText()
                .strip();
        signOut();

        browser.get(base + link.substring(link.indexOf("invitations/")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept:displayName")))
                .sendKeys("Invited Filer");
        browser.findElement(By.id("accept:password")).sendKeys(password);
        browser.findElement(By.id("accept:create")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        signIn(email, password);

        browser.findElement(By.id("navResolutions")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create"))).click();
        choose("draft:companyId", meeting.companyName());
        choose("draft:meetingId", meeting.meetingDate().toString());
        choose("draft:leadFilerOrganizationId", Demo.SISTERS);
        choose("draft:template", "Prohibit sales of facial recognition technology to government agencies");
        browser.findElement(By.id("draft:applyTemplate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("draft:composed"), "after an evaluation using independent evidence"));
        var titleInput = browser.findElement(By.id("draft:title"));
        titleInput.clear();
        titleInput.sendKeys(title);
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("draft:counter"), "within the limit of 500"));
        browser.findElement(By.id("draft:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resolutionTitle"), title));
        // 14a-8(e)(2): no meeting last year, so the deadline the company announced.
        assertThat(browser.findElement(By.id("deadline")).getText())
                .contains(TestMeetings.today().plusDays(20).toString());

        var statement = browser.findElement(By.id("edit:supportingStatement"));
        statement.clear();
        statement.sendKeys("The board must weigh independent evidence before any further sale.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:counter"), "words, within"));
        browser.findElement(By.id("edit:note")).sendKeys("a shorter statement");
        browser.findElement(By.id("edit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentVersion"), "2"));
        assertThat(browser.findElement(By.id("diff:changes")).findElements(By.tagName("ins")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("diff:changes")).getText()).contains("independent evidence");

        browser.findElement(By.cssSelector(".cofile-action-SUBMIT_FOR_REVIEW")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "In coalition review"));
        var page = browser.getCurrentUrl();
        signOut();

        signIn(Demo.COALITION_ADMIN);
        browser.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment:text")))
                .sendKeys("Good; it names the finding the board must reach.");
        browser.findElement(By.id("comment:post")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentList"), "names the finding"));
        browser.findElement(By.id("review:reason")).sendKeys("agreed at the coalition call");
        browser.findElement(By.cssSelector(".cofile-action-APPROVE")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Approved"));

        var timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline)
                .contains("created the draft (version 1)")
                .contains("saved version 2")
                .contains("submitted version 2 for review")
                .contains("commented on version 2")
                .contains("approved version 2")
                .contains("agreed at the coalition call");
        signOut();
    }
}

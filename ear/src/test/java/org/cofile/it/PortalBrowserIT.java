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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A member's path through the portal in a real (headless) browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSession session;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        session = new BrowserSession(browser, wait, base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFilerSignsInCreatesACompanyFindsItInTheListAndSignsOut() {
        var ticker = "Z"
                + UUID.randomUUID()
                        .toString()
                        .replaceAll("[^a-f]", "")
                        .toUpperCase()
                        .substring(0, 3);
        var name = "Rekognition Watch " + ticker + " Inc.";

        browser.get(base.toString());
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        session.signIn(Demo.SISTERS_FILER);

        browser.findElement(By.id("navCompanies")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("company:name")))
                .sendKeys(name);
        browser.findElement(By.id("company:ticker")).sendKeys(ticker);
        browser.findElement(By.id("company:countryCode")).clear();
        browser.findElement(By.id("company:countryCode")).sendKeys("US");
        browser.findElement(By.id("company:save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:table")));
        var filter = browser.findElement(By.cssSelector("[id$='ticker:filter']"));
        filter.sendKeys(ticker, Keys.ENTER);
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "AMZN")));
        assertThat(browser.findElement(By.id("list:table")).getText())
                .contains(name)
                .doesNotContain("AMZN");

        session.signOut();
        browser.get(base + "companies/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void aCompanyWithABadTickerShowsTheMessageBesideTheField() {
        session.signIn(Demo.SISTERS_FILER);

        browser.get(base + "companies/edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("company:name")))
                .sendKeys("Bad Ticker Inc.");
        browser.findElement(By.id("company:ticker")).sendKeys("NOT A TICKER");
        browser.findElement(By.id("company:save")).click();

        var message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")));
        assertThat(message.getText()).contains("1 to 5 letters");
        assertThat(browser.getCurrentUrl()).contains("companies/edit.xhtml");
    }

    @Test
    void aMemberCountsTheWordsOfAProposalOnTheCheckAFilingPage() {
        session.signIn(Demo.ACLU_MEMBER);
        browser.findElement(By.id("navRules")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#checks:wordCountTab']")))
                .click();

        // The 2019 Amazon resolution's first sentence: 16 words, well inside 14a-8(d)'s 500.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checks:wordCount:text")))
                .sendKeys("Shareholders request that the Board of Directors prohibit sales of facial recognition"
                        + " technology to government agencies.");
        browser.findElement(By.id("checks:wordCount:check")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(verdict("words"), "16"));
        assertThat(browser.findElement(verdict("limit")).getText()).isEqualTo("500");
        assertThat(browser.findElement(verdict("citation")).getText()).contains("14a-8(d)");
    }

    /** A part of the word count's verdict panel (plain HTML ids, unique only inside the panel). */
    private static By verdict(String part) {
        return By.cssSelector("[id='checks:wordCount:verdict'] #" + part);
    }
}

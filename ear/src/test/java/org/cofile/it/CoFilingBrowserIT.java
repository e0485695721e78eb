package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The co-filing journey in a real (headless) browser: the lead filer invites two organizations of the coalition; one
 * takes its holding from its custodian's CSV export, the other types it in; both upload their proof letters; one is
 * not eligible and the page says why; the lead filer drops it with a reason and files; the package downloads, and its
 * pages, rendered to PNG, hold the cover letter, the proponents and the appended letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoFilingBrowserIT extends CoFilingSupport {

    private static final String HARRINGTON = "Harrington Investments";
    private static final String ASSETS = "Demo Asset Management (example)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL url;

    private WebDriver browser;
    private WebDriverWait wait;
    private BrowserSession session;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        base = url.toURI();
        downloads = Files.createTempDirectory("cofile-downloads");
        browser = Browser.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        session = new BrowserSession(browser, wait, url);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void openCoFilers(long resolution) {
        browser.get(url + "resolutions/cofilers.xhtml?id=" + resolution);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolutionTitle")));
    }

    private WebElement rowOf(long organization) {
        return browser.findElement(By.cssSelector("tr.cofile-cofiler-" + organization));
    }

    private Path file(String name, byte[] content) throws Exception {
        var file = Files.createTempDirectory("cofile-upload").resolve(name);
        Files.write(file, content);
        return file;
    }

    /** Fills the statements a custodian's export does not carry, and saves. */
    private void saveStatements(LocalDate meetOn) {
        session.typeDate("holding:proofCoversThrough", TODAY.plusDays(30));
        browser.findElement(By.cssSelector("[id='holding:intendsToHold'] .ui-chkbox-box"))
                .click();
        session.typeDate("holding:availability0Date", meetOn);
        session.type("holding:availability0From", "1000");
        session.type("holding:availability0To", "1200");
        session.type("holding:contact", "Jane Doe, +1 212 555 0100");
        session.submit("holding:save");
    }

    private void uploadProof(long organization, String text) throws Exception {
        browser.findElement(By.id("letters:file_input"))
                .sendKeys(file("proof.pdf", letter(text)).toString());
        wait.until(d -> !rowOf(organization)
                .findElements(By.cssSelector(".cofile-letter"))
                .isEmpty());
    }

    private static LocalDate businessDayIn(int days) {
        var day = TODAY.plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void twoInvitedOneDroppedForItsHoldingTheResolutionFiledAndItsPackageDownloaded() throws Exception {
        long meeting = meeting(TODAY.plusDays(20));
        long resolution = approvedAtSisters(meeting);
        long sisters = organization(Demo.SISTERS);
        long harrington = organization(HARRINGTON);
        long assets = organization(ASSETS);
        var ticker = as(Demo.SISTERS_FILER)
                .get("api/companies/" + companyOf.get(meeting))
                .json()
                .getString("ticker");
        var meetOn = businessDayIn(12);
        // The lead filer's own record, through the API: the page is tested with the two it invites.
        assertThat(record(Demo.SISTERS_FILER, resolution, sisters, holding("5000", TODAY.minusYears(4), "226", meetOn))
                        .status())
                .isEqualTo(200);
        assertThat(uploadProof(Demo.SISTERS_FILER, resolution, sisters, letter("Proof letter of the Sisters"))
                        .status())
                .isEqualTo(201);

        // The lead filer invites two organizations of the coalition.
        session.signIn(Demo.SISTERS_FILER);
        openCoFilers(resolution);
        for (var name : new String[] {HARRINGTON, ASSETS}) {
            session.choose("invite:organization", name);
            session.submit("invite:send");
        }
        assertThat(rowOf(harrington).findElement(By.className("cofile-status")).getText())
                .isEqualTo("Invited");
        assertThat(rowOf(assets).findElement(By.className("cofile-status")).getText())
                .isEqualTo("Invited");
        session.signOut();

        // Harrington accepts and takes its holding from its custodian's export.
        session.signIn(Demo.HARRINGTON_FILER);
        openCoFilers(resolution);
        rowOf(harrington).findElement(By.cssSelector("[id$=':accept']")).click();
        wait.until(d -> rowOf(harrington)
                .findElement(By.className("cofile-status"))
                .getText()
                .equals("Co-filer"));
        browser.findElement(By.id("import")).click();
        var csv = "Symbol,Quantity,Acquired,Market Value,Custodian,DTC Participant\n" + ticker + ",100,"
                + TODAY.minusYears(4) + ",5000.00,Example Trust Company,226\n";
        browser.findElement(By.id("upload:file_input"))
                .sendKeys(file("holdings.csv", csv.getBytes(StandardCharsets.UTF_8))
                        .toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(browser.findElement(By.id("mapping:rows")).getText()).contains(ticker, "Co-filed");
        browser.findElement(By.id("mapping:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Imported 1 rows"));
        openCoFilers(resolution);
        assertThat(browser.findElement(By.id("holding:shares")).getAttribute("value"))
                .isEqualTo("100");
        saveStatements(meetOn);
        uploadProof(harrington, "Proof letter of Harrington Investments");
        assertThat(rowOf(harrington).findElement(By.className("cofile-verdict")).getText())
                .isEqualTo("Eligible");
        session.signOut();

        // Demo Asset Management accepts and types a holding worth too little.
        session.signIn(Demo.ASSETS_ORG_ADMIN);
        openCoFilers(resolution);
        rowOf(assets).findElement(By.cssSelector("[id$=':accept']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holding:shares")));
        session.type("holding:shares", "10");
        session.typeDate("holding:heldSince", TODAY.minusYears(4));
        session.type("holding:value", "900");
        session.type("holding:custodian", "Example Trust Company");
        session.type("holding:dtcParticipant", "226");
        saveStatements(meetOn);
        uploadProof(assets, "Proof letter of Demo Asset Management");
        assertThat(rowOf(assets).findElement(By.className("cofile-verdict")).getText())
                .isEqualTo("Not eligible");
        assertThat(rowOf(assets).findElement(By.className("cofile-explanation")).getText())
                .contains("$2,000");
        session.signOut();

        // The lead filer sees why, drops it with a reason and files.
        session.signIn(Demo.SISTERS_FILER);
        openCoFilers(resolution);
        assertThat(browser.findElement(By.id("readiness")).getText()).contains("not verified");
        var dropRow = browser.findElements(By.cssSelector("[id^='filing:'][id$=':drop']")).stream()
                .filter(e -> e.findElement(By.xpath("./ancestor::div[1]/preceding-sibling::label[1]"))
                        .getText()
                        .contains(ASSETS))
                .findFirst()
                .orElseThrow();
        dropRow.findElement(By.className("ui-chkbox-box")).click();
        var reasonId = dropRow.getAttribute("id").replace(":drop", ":dropReason");
        session.type(reasonId, "Holding below the $2,000 threshold");
        browser.findElement(By.id("filing:file")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Filed"));
        assertThat(rowOf(assets).findElement(By.className("cofile-status")).getText())
                .isEqualTo("Dropped");

        // The package downloads; its pages are rendered as a reader would see them.
        browser.findElement(By.id("package:download")).click();
        var downloaded = new File[1];
        wait.until(d -> {
            var done = downloads.toFile().listFiles((dir, name) -> name.endsWith(".pdf"));
            if (done == null || done.length == 0) {
                return false;
            }
            downloaded[0] = done[0];
            return true;
        });
        var pages = Path.of("target", "filing-package-" + resolution);
        Files.createDirectories(pages);
        try (var pdf = Loader.loadPDF(downloaded[0])) {
            var renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                var image = renderer.renderImageWithDPI(page, 72);
                var png = pages.resolve("page-" + (page + 1) + ".png").toFile();
                ImageIO.write(image, "png", png);
                assertThat(png).isNotEmpty();
                assertThat(image.getWidth()).isGreaterThan(500);
            }
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Corporate Secretary", "Proponents", Demo.SISTERS, HARRINGTON)
                    .contains("Proof letter of the Sisters", "Proof letter of Harrington Investments")
                    .doesNotContain("Proof letter of Demo Asset Management");
        }
    }
}

package org.cofile.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages (Debian's chromium and chromium-driver), never a downloaded one.
 * CHROME_BINARY and CHROMEDRIVER override the paths.
 */
final class Browser {

    private Browser() {}

    static ChromeDriver start() throws Exception {
        return start(null);
    }

    /** A browser that saves what it downloads in {@code downloads}, without asking. */
    static ChromeDriver start(Path downloads) throws Exception {
        var binary = System.getenv().getOrDefault("CHROME_BINARY", "/usr/bin/chromium");
        var driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Browser tests need " + binary + " and " + driver
                    + ": apt-get install chromium chromium-driver (.ci/run does).");
        }
        var options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("cofile-chromium"),
                // Without this, page loads stall on DNS look-ups that cannot succeed on a closed network.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory", downloads.toString(),
                            "download.prompt_for_download", false,
                            "plugins.always_open_pdf_externally", true));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}

package org.cofile.it;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser tests do on every page: sign in and out, and pick an option of a PrimeFaces select. */
final class BrowserSession {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URL base;

    /** How long a button replaced by an Ajax update may take to be clickable again. */
    private static final Duration CLICK_TIMEOUT = Duration.ofSeconds(10);

    BrowserSession(WebDriver browser, WebDriverWait wait, URL base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    void signIn(String email) {
        signIn(email, Demo.PASSWORD);
    }

    void signIn(String email, String password) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")))
                .sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
    }

    void signOut() {
        browser.findElement(By.id("logout:signOut")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    /**
     * Picks an option of a PrimeFaces select by its label, through the widget's own API as a click would (its change
     * event and Ajax update follow), once the widget and the option are there: a select re-rendered by the Ajax update
     * of the one chosen before it is replaced in the page, which makes clicking it by hand racy.
     */
    void choose(String id, String label) {
        var script = "var widget = PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')];"
                + "if (!widget) { return false; }"
                // The panel's items are rendered when it is first shown.
                + "if (!widget.items || widget.items.length === 0) { widget.show(); return false; }"
                + "var wanted = arguments[1];"
                + "var item = widget.items.filter(function () { return this.getAttribute('data-label') === wanted; });"
                + "if (item.length === 0) { return false; }"
                + "widget.selectItem(item); widget.hide(); return true;";
        try {
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(script, id, label));
        } catch (TimeoutException e) {
            var widgets = ((JavascriptExecutor) browser)
                    .executeScript("return typeof PrimeFaces === 'undefined' ? 'no PrimeFaces'"
                            + " : Object.keys(PrimeFaces.widgets).join(', ');");
            throw new AssertionError(
                    "Could not choose " + label + " in " + id + "; widgets: " + widgets + "\n"
                            + browser.getPageSource(),
                    e);
        }
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /**
     * Picks a suggestion of a PrimeFaces auto-complete as a person does: types {@code typed}, waits for the suggestion
     * {@code label}, clicks it, and waits until the field holds it.
     */
    void complete(String id, String typed, String label) {
        type(id + "_input", typed);
        var suggestion = By.xpath("//*[@id='" + id + "_panel']//li[@data-item-label='" + label + "']");
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(suggestion))
                .click();
        wait.until(
                driver -> label.equals(driver.findElement(By.id(id + "_input")).getAttribute("value")));
    }

    void type(String id, String text) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A PrimeFaces date picker takes the typed date; its overlay is closed so that it hides nothing. */
    void typeDate(String id, LocalDate date) {
        // The picker's own key and focus handling now and then drops what was typed while its panel opens: typed
        // again until the field holds the date.
        wait.until(driver -> {
            type(id + "_input", date.toString());
            // The picker's panel is closed through its widget, so that it neither hides the next field nor keeps
            // the focus; a panel still fading out is hidden at once.
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "var w = PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')];"
                                    + "if (w && w.hide) { w.hide(); }"
                                    + "document.querySelectorAll('.ui-datepicker').forEach(p => p.style.display = 'none');",
                            id);
            return date.toString()
                    .equals(browser.findElement(By.id(id + "_input")).getAttribute("value"));
        });
    }

    /** Ticks the box of {@code value} in a PrimeFaces checkbox list, as a click on it would. */
    void tick(String id, String value) {
        browser.findElement(By.xpath("//*[@id='" + id + "']//input[@value='" + value
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
    }

    /** Ticks a single PrimeFaces checkbox ({@code p:selectBooleanCheckbox}), as a click on it would. */
    void check(String id) {
        browser.findElement(By.xpath("//*[@id='" + id + "']//div[contains(@class,'ui-chkbox-box')]"))
                .click();
    }

    /**
     * Clicks a button that posts the whole page, waits for the page that comes back (not the one it left), and fails
     * on any message that page refused the post with.
     */
    void submit(String id) {
        // An Ajax update still under way (a select's change) may replace the button between finding and clicking it:
        // wait for PrimeFaces' queue to empty, and find the button again if it was replaced all the same.
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty();"));
        var button = new WebDriverWait(browser, CLICK_TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    var found = driver.findElement(By.id(id));
                    found.click();
                    return found;
                });
        // The page that comes back replaces the button; Chromium now and then says so as "does not belong to the
        // document" rather than as a stale element.
        wait.until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        var refused = browser.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("What the page refused after " + id + ": " + refused);
        }
    }
}

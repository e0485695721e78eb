package org.cofile.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, fetches portal pages and submits their JSF forms with the view state
 * they carry. Redirects are not followed on their own, so tests can look at them.
 */
final class PortalClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastPage = "";

    PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** GETs the page, following redirects within the portal, and returns the last response. */
    HttpResponse<String> open(String path) throws IOException, InterruptedException {
        var response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Submits a form of the page last fetched: its id, the fields by their short ids, and the button pressed. */
    HttpResponse<String> submit(String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        var matcher = VIEW_STATE.matcher(lastPage);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no JSF form: " + lastPage);
        }
        var form = new LinkedHashMap<String, String>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var action = actionOf(formId);
        var response = http.send(
                HttpRequest.newBuilder(base.resolve(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        open("login.xhtml");
        return submit("login", Map.of("email", email, "password", password), "signIn");
    }

    /** Forgets the session, as a browser does when the server has dropped it: the pages' view states go stale. */
    void forgetSession() {
        cookies.getCookieStore().removeAll();
    }

    /** GETs a page with extra request headers, e.g. an {@code Authorization} the portal must ignore. */
    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(builder::header);
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst();
    }

    String lastPage() {
        return lastPage;
    }

    private String actionOf(String formId) {
        var matcher = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(lastPage);
        if (!matcher.find()) {
            throw new IllegalStateException("No form " + formId + " on the page");
        }
        var action = matcher.group(1).replace("&amp;", "&");
        return action.startsWith("/") ? action.substring(1) : action;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input against everything a client can reach, found rather than listed, so that a new endpoint or form is fuzzed
 * without anyone remembering to add it: every operation of the OpenAPI document (each body property, query and path
 * parameter in turn set to a wrong type, null, a huge number, a long string, a bad date or a big array; whole bodies
 * that are no JSON or of the wrong media type), and every form of every portal page a coalition admin reaches by
 * following links (each field in turn, posted plain and as an Ajax request). No answer may be a 5xx, come slower than
 * {@link #GENEROUS}, or show a stack trace or a framework's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    private static final Logger LOG = Logger.getLogger(FuzzIT.class.getName());

    /** Far above any honest answer; the stalls this suite hunts took minutes. */
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    /** What no answer may show: a stack trace, or the name of the framework under the API. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|Caused by|\\tat [a-z]|RESTEASY|Yasson|EclipseLink|org\\.eclipse|com\\.sun\\.faces|WELD-|"
                    + "org\\.jboss|java\\.lang|Undertow",
            Pattern.CASE_INSENSITIVE);

    /** Values a JSON property or a parameter is set to, one at a time. */
    private static final List<String> JSON_VALUES = List.of(
            "null",
            "{}",
            "[]",
            "true",
            "-1",
            "1e1000000",
            "\"1e2147483647\"",
            "\"-1e-2147483647\"",
            "99999999999999999999999999999999",
            "\"+999999999-12-31\"",
            "\"2019-02-29\"",
            "\"0000-00-00\"",
            "\"" + "x".repeat(100_000) + "\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"",
            "\"\\u0000\"",
            "[" + "null,".repeat(5_000) + "null]");

    private static final List<String> TEXT_VALUES = List.of(
            "",
            "abc",
            "-1",
            "1e3",
            "1e1000000",
            "99999999999999999999999",
            "+999999999-12-31",
            "2019-02-29",
            "x".repeat(10_000),
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00\u0000",
            "😀");

    /**
     * The values a portal form's field is set to, one at a time: one of each kind of failure a field's converter or
     * validator meets (empty, not a number, negative, out of range, an impossible date, too long, a NUL, four bytes of
     * UTF-8). Fewer than {@link #TEXT_VALUES}, whose other values take the same paths in a form, because each portal
     * request renders a whole page: the portal fuzz is the suite's longest part.
     */
    private static final List<String> PORTAL_VALUES = List.of(
            "", "abc", "-1", "1e1000000", "+999999999-12-31", "2019-02-29", "x".repeat(10_000), "%00\u0000", "😀");

    /** Whole bodies, each with the media type it is sent as. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("", "application/json");
        BODIES.put("null", "application/json");
        BODIES.put("[]", "application/json");
        BODIES.put("{", "application/json");
        BODIES.put("\"text\"", "application/json");
        BODIES.put("[".repeat(10_000), "application/json");
        BODIES.put("{\"a\":" + "[".repeat(5_000), "application/json");
        BODIES.put("hello", "text/plain");
        BODIES.put("<a/>", "application/xml");
        BODIES.put("a=b", "application/x-www-form-urlencoded");
        // Uploads: a multipart body cut short, one with no boundary, and a file part with no name.
        BODIES.put(
                "--cut\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF",
                "multipart/form-data; boundary=cut");
        BODIES.put("--x--", "multipart/form-data");
        BODIES.put("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b");
        BODIES.put("{\"x\":\"" + "y".repeat(600_000) + "\"}", "application/json");
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.shippedEar();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Pattern MAIN_BUTTON = Pattern.compile(":(check|save|create|schedule|signIn)$");

    /** Bodies larger than the server takes (RequestLimits.MAX_BODY_BYTES). */
    private static final long TOO_LARGE = 512 * 1024;

    private int sent;
    private final Set<String> fuzzed = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noApiOperationAnswersBadInputWithA5xxAStallOrALeak() throws Exception {
        var document = json(http.send(
                        HttpRequest.newBuilder(uri("openapi?format=JSON")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        var token = ApiClient.issueToken(new PortalClient(base.toURI()), Demo.SISTERS_FILER);
        long started = System.nanoTime();
        int operations = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                fuzzOperation(
                        document, path.getKey(), method, operation.getValue().asJsonObject(), token);
            }
        }
        LOG.info(String.format(
                "API fuzz: %d requests over %d operations in %.1f s",
                sent, operations, (System.nanoTime() - started) / 1e9));
        assertThat(operations).as("operations found in the OpenAPI document").isGreaterThanOrEqualTo(15);
        assertThat(failures).isEmpty();
    }

    @Test
    void noPortalFormAnswersBadInputWithA5xxAStallOrALeak() throws Exception {
        long started = System.nanoTime();
        var visitor = new PortalClient(base.toURI());
        int forms = fuzzForms(visitor, "login.xhtml");
        var admin = new PortalClient(base.toURI());
        admin.signIn(Demo.COALITION_ADMIN, Demo.PASSWORD);
        // Pages only a resolution in a given state links to are seeded with one of this test's own.
        var support = new CoFilingSupport() {};
        support.base = base.toURI();
        long filed = support.filedAtSisters();
        var pages = crawl(
                admin,
                "dashboard.xhtml",
                "resolutions/cofilers.xhtml?id=" + filed,
                "resolutions/answers.xhtml?id=" + filed);
        for (String page : pages) {
            forms += fuzzForms(admin, page);
        }
        LOG.info(String.format(
                "Portal fuzz: %d requests over %d forms on %d pages in %.1f s",
                sent, forms, pages.size() + 1, (System.nanoTime() - started) / 1e9));
        assertThat(pages).as("pages reached").hasSizeGreaterThanOrEqualTo(8);
        assertThat(forms).as("forms fuzzed").isGreaterThanOrEqualTo(12);
        assertThat(failures).isEmpty();
    }

    // ---------------------------------------------------------------- the API

    private void fuzzOperation(JsonObject document, String template, String method, JsonObject operation, String token)
            throws Exception {
        var parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class)
                : List.<JsonObject>of();
        String path = template.replaceAll("\\{[^}]+}", "99999999");
        JsonObject schema = bodySchema(document, operation);
        String baseline = schema == null ? null : baseline(document, schema).toString();

        // Path and query parameters, one at a time.
        for (var parameter : parameters) {
            String name = parameter.getString("name");
            for (String value : TEXT_VALUES) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                String target = "path".equals(parameter.getString("in"))
                        ? template.replace("{" + name + "}", encoded).replaceAll("\\{[^}]+}", "99999999")
                        : path + "?" + name + "=" + encoded;
                check(method, target, baseline, "application/json", token);
            }
        }
        if (schema == null) {
            check(method, path, null, null, token);
            check(method, path, null, null, null);
            return;
        }
        // Each property of the body in turn, the others as the document's examples give them.
        var base = baseline(document, schema);
        for (String property : propertiesOf(document, schema).keySet()) {
            for (String value : JSON_VALUES) {
                var mutated = Json.createObjectBuilder(base)
                        .add(
                                property,
                                Json.createReader(new StringReader(value)).readValue())
                        .build();
                check(method, path, mutated.toString(), "application/json", token);
            }
        }
        // Nested lists of objects (lots held, earlier votes): each of their properties in turn.
        for (var list : propertiesOf(document, schema).entrySet()) {
            JsonObject items = itemsOf(document, list.getValue());
            if (items == null) {
                continue;
            }
            for (String property : propertiesOf(document, items).keySet()) {
                for (String value : JSON_VALUES) {
                    var entry = Json.createObjectBuilder(baseline(document, items))
                            .add(
                                    property,
                                    Json.createReader(new StringReader(value)).readValue());
                    var mutated = Json.createObjectBuilder(base)
                            .add(list.getKey(), Json.createArrayBuilder().add(entry))
                            .build();
                    check(method, path, mutated.toString(), "application/json", token);
                }
            }
        }
        for (var body : BODIES.entrySet()) {
            check(method, path, body.getKey(), body.getValue(), token);
        }
        check(method, path, baseline, "application/json", null);
        check(method, path, baseline, "application/json", "cof_not-a-token");
    }

    private void check(String method, String path, String body, String type, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path.startsWith("/") ? path.substring(1) : path))
                .timeout(GENEROUS)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null && body != null) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        judge(method + " " + path + " " + excerpt(body), request.build());
    }

    private void judge(String what, HttpRequest request) throws IOException, InterruptedException {
        sent++;
        long started = System.nanoTime();
        try {
            judge(what, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (java.net.http.HttpTimeoutException e) {
            failures.add("no answer within " + GENEROUS + ": " + what);
        } catch (IOException e) {
            // A server that refuses a body too large before reading it may close the connection: that is an answer.
            if (request.bodyPublisher().map(b -> b.contentLength()).orElse(0L) <= TOO_LARGE) {
                failures.add("connection lost (" + e + "): " + what);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 1_000) {
            LOG.warning(() -> "slow (" + millis + " ms): " + what);
        }
    }

    private void judge(String what, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + ": " + what + " → " + excerpt(response.body()));
        }
        String visible = visibleText(response);
        var leak = LEAK.matcher(visible);
        if (leak.find()) {
            failures.add("'" + leak.group() + "' shown: " + what + " → " + excerpt(visible.substring(leak.start())));
        }
        if (visible.contains("<error>")) {
            failures.add("a JSF error partial-response: " + what + " → " + excerpt(response.body()));
        }
    }

    private static JsonObject bodySchema(JsonObject document, JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        var content = operation.getJsonObject("requestBody").getJsonObject("content");
        var json = content.getJsonObject("application/json");
        return json == null ? null : resolve(document, json.getJsonObject("schema"));
    }

    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return schema;
    }

    private static Map<String, JsonObject> propertiesOf(JsonObject document, JsonObject schema) {
        var properties = new LinkedHashMap<String, JsonObject>();
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties")
                    .forEach((name, value) -> properties.put(name, resolve(document, value.asJsonObject())));
        }
        return properties;
    }

    private static JsonObject itemsOf(JsonObject document, JsonObject property) {
        if (!"array".equals(property.getString("type", "")) || !property.containsKey("items")) {
            return null;
        }
        var items = resolve(document, property.getJsonObject("items"));
        return items.containsKey("properties") ? items : null;
    }

    /** An object as the document describes it: examples where it gives them, else a plain value of the type. */
    private static JsonObject baseline(JsonObject document, JsonObject schema) {
        var object = Json.createObjectBuilder();
        propertiesOf(document, schema).forEach((name, property) -> object.add(name, example(document, property)));
        return object.build();
    }

    private static JsonValue example(JsonObject document, JsonObject property) {
        if (property.containsKey("examples")
                && !property.getJsonArray("examples").isEmpty()) {
            return property.getJsonArray("examples").get(0);
        }
        if (property.containsKey("example")) {
            return property.get("example");
        }
        var items = itemsOf(document, property);
        if (items != null) {
            return Json.createArrayBuilder().add(baseline(document, items)).build();
        }
        return switch (property.getString("type", "string")) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            default ->
                "date".equals(property.getString("format", ""))
                        ? Json.createValue("2025-05-20")
                        : Json.createValue("Fuzz " + System.nanoTime());
        };
    }

    // ---------------------------------------------------------------- the portal

    /** The portal pages reachable from {@code start} by links, one per path (and one record per page of one). */
    private Set<String> crawl(PortalClient portal, String... start) throws Exception {
        var seen = new LinkedHashSet<String>();
        var byPath = new LinkedHashSet<String>();
        var queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty() && seen.size() < 40) {
            String page = queue.remove(0);
            String pathOnly = page.replaceAll("\\?.*", "");
            if (!byPath.add(pathOnly + (page.contains("?id=") ? "?id" : "")) || !seen.add(page)) {
                continue;
            }
            var response = portal.open(page);
            sent++;
            judge("GET " + page, response);
            for (Element link : Jsoup.parse(response.body(), base.toString()).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && href.contains(".xhtml") && !href.contains("jakarta.faces.resource")) {
                    queue.add(href.substring(1).replace("&amp;", "&"));
                }
            }
        }
        return seen;
    }

    /** Fuzzes every form of the page; returns how many there were. */
    private int fuzzForms(PortalClient portal, String page) throws Exception {
        Document html = Jsoup.parse(portal.open(page).body(), base.toString());
        int count = 0;
        for (Element form : html.select("form[id]")) {
            List<String> buttons =
                    form.select("button[name], input[type=submit][name]").eachAttr("name");
            if (buttons.stream().anyMatch(b -> b.endsWith("signOut")) || !fuzzed.add(form.id() + buttons)) {
                continue;
            }
            count++;
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                if (name.equals("jakarta.faces.ViewState") || name.equals(form.id()) || input.is("[type=submit]")) {
                    continue;
                }
                fields.putIfAbsent(
                        name, input.is("select") ? input.select("option").attr("value") : input.val());
            }
            String button = mainButton(buttons);
            for (String field : fields.keySet()) {
                for (String value : PORTAL_VALUES) {
                    var values = new LinkedHashMap<>(fields);
                    values.put(field, value);
                    post(portal, page, form.id(), values, button, false);
                }
                post(portal, page, form.id(), Map.of(field, "x".repeat(20_000)), button, true);
            }
            // A stale and a forged view state, and more parameters than the server reads.
            post(portal, page, form.id(), Map.of("jakarta.faces.ViewState", "-123:456"), button, false);
            var many = new LinkedHashMap<String, String>();
            for (int i = 0; i < 2_000; i++) {
                many.put(form.id() + ":p" + i, "v");
            }
            post(portal, page, form.id(), many, button, false);
        }
        return count;
    }

    /** The button that submits the form's work (check, save, create…), not one that removes a row or a token. */
    private static String mainButton(List<String> buttons) {
        return buttons.stream()
                .filter(b -> MAIN_BUTTON.matcher(b).find())
                .findFirst()
                .orElse(buttons.stream()
                        .filter(b -> !b.contains("revoke") && !b.contains("remove"))
                        .findFirst()
                        .orElse(null));
    }

    private void post(
            PortalClient portal, String page, String formId, Map<String, String> values, String button, boolean ajax)
            throws Exception {
        Document html = Jsoup.parse(portal.open(page).body(), base.toString());
        Element form = html.getElementById(formId);
        if (form == null) {
            return;
        }
        var body = new LinkedHashMap<String, String>();
        body.put(formId, formId);
        body.put(
                "jakarta.faces.ViewState",
                html.select("input[name=jakarta.faces.ViewState]").val());
        body.putAll(values);
        if (button != null) {
            body.put(button, "");
        }
        var request = HttpRequest.newBuilder(uri(form.attr("action").replaceFirst("^/", "")))
                .timeout(GENEROUS)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Cookie",
                        "JSESSIONID="
                                + portal.sessionCookie().map(c -> c.getValue()).orElse(""));
        if (ajax) {
            body.put("jakarta.faces.partial.ajax", "true");
            body.put("jakarta.faces.source", button == null ? formId : button);
            body.put("jakarta.faces.partial.execute", "@all");
            body.put("jakarta.faces.partial.render", "@all");
            request.header("Faces-Request", "partial/ajax");
        }
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        judge(
                "POST " + page + " " + formId + " " + excerpt(values.toString()),
                request.POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    // ---------------------------------------------------------------- helpers

    /** What a reader of the answer sees: the text of a page, not its markup, scripts or resource addresses. */
    private static String visibleText(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("html")) {
            return Jsoup.parse(response.body()).text();
        }
        if (type.contains("xml")) {
            // A partial response: its updates are markup in CDATA; its <error> element is what must never come.
            return response.body().contains("<error>")
                    ? "<error>"
                    : Jsoup.parse(response.body()).text();
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}

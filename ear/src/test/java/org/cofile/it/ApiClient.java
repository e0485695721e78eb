package org.cofile.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Calls the REST API with a personal token, which it gets the way a member does: from the portal's token page. */
final class ApiClient {

    private static final Pattern NEW_SECRET = Pattern.compile("<code id=\"newSecret\"[^>]*>([^<]+)</code>");

    private final URI base;
    private final String token;
    private final String forwardedFor;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiClient(URI base, String token) {
        this(base, token, null);
    }

    private ApiClient(URI base, String token, String forwardedFor) {
        this.base = base;
        this.token = token;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same client as if behind the test server's trusted proxy (127.0.0.1) for a client at {@code address}: how
     * a test is counted by the rate limits as a client of its own.
     */
    ApiClient forwardedFor(String address) {
        return new ApiClient(base, token, address);
    }

    /** Signs in to the portal as the member and creates a token named after the test. */
    static ApiClient signedInAs(URI base, String email) throws IOException, InterruptedException {
        return new ApiClient(base, issueToken(new PortalClient(base), email));
    }

    static String issueToken(PortalClient portal, String email) throws IOException, InterruptedException {
        portal.signIn(email, Demo.PASSWORD);
        portal.open("account/tokens.xhtml");
        var page = portal.submit("tokens", Map.of("name", "integration test", "password", Demo.PASSWORD), "create");
        var matcher = NEW_SECRET.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("The token page showed no new secret:\n" + page.body());
        }
        return matcher.group(1).strip();
    }

    /** A token for the member already signed in to {@code portal}, whose password is {@code password}. */
    static String issueTokenWithPassword(PortalClient portal, String password)
            throws IOException, InterruptedException {
        portal.open("account/tokens.xhtml");
        var page = portal.submit("tokens", Map.of("name", "integration test", "password", password), "create");
        var matcher = NEW_SECRET.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("The token page showed no new secret:\n" + page.body());
        }
        return matcher.group(1).strip();
    }

    static ApiClient anonymous(URI base) {
        return new ApiClient(base, null);
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Response post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON post with one more header, such as a webhook's signature. */
    Response post(String path, String json, String header, String value) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Response put(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data post of text fields and one file, as a browser or curl -F sends it. */
    Response upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] file)
            throws IOException, InterruptedException {
        var boundary = "cofile-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A download: the status, type and bytes, asking for a PDF. */
    Download download(String path) throws IOException, InterruptedException {
        return download(path, "application/pdf");
    }

    /** A download of {@code mediaType}, or the problem that refused it. */
    Download download(String path, String mediaType) throws IOException, InterruptedException {
        var builder =
                HttpRequest.newBuilder(base.resolve(path)).header("Accept", mediaType + ", application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    record Download(int status, String contentType, byte[] bytes) {}

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    /** A response with its body parsed on demand; {@code retryAfter} as the header gave it. */
    record Response(int status, String contentType, String body, String retryAfter) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}

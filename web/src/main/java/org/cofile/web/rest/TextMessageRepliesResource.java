package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import org.cofile.domain.campaign.MobileNumber;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.campaign.TextMessageStops;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SMS provider's webhook for replies to the campaigns' text messages: {@code {"from": "+14155550100", "text":
 * "STOP"}}, signed in {@code X-Cofile-Signature} with the shared secret (HMAC-SHA256 of the body, hex). A STOP or
 * another opt-out word withdraws consent to texts on every signature with that number. Unsigned or wrongly signed:
 * 401, nothing changes; no secret set on the server: 404.
 */
@Path("/public/text-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class TextMessageRepliesResource {

    static final String SIGNATURE_HEADER = "X-Cofile-Signature";

    @Inject
    private TextMessageStops stops;

    public record Handled(boolean stop, int signaturesStopped) {}

    @POST
    public Response reply(byte[] body, @HeaderParam(SIGNATURE_HEADER) String signature) {
        if (!stops.signedBySharedSecret(body == null ? new byte[0] : body, signature)) {
            return Problem.response(
                    Status.UNAUTHORIZED, "Sign the body with the shared secret in " + SIGNATURE_HEADER + ".");
        }
        JsonObject reply;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            reply = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "must be a JSON object with from and text");
        }
        var from = text(reply, "from");
        var text = text(reply, "text");
        var fields = new RequestFields();
        fields.requiredText("from", from);
        fields.optionalText("text", text, 1_600);
        fields.verify();
        int stopped = stops.reply(from, text);
        return Response.ok(new Handled(MobileNumber.isStop(text), stopped)).build();
    }

    private static String text(JsonObject object, String name) {
        var value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}

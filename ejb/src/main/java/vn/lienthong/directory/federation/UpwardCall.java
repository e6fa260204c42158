package vn.lienthong.directory.federation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import vn.lienthong.directory.change.DirectoryEventView;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * A change of this instance's own tree as the administration call an administrator of the upstream
 * would make for it (docs/api.md, "Directory administration"), relative to the upstream's REST base:
 * what the {@code directory-publish} queue carries and sends.
 *
 * @param method      {@code POST} or {@code PUT}
 * @param path        {@code admin/agencies/000.00.12.H41/name}
 * @param body        the request's JSON body
 * @param doneAlready the problem code with which the upstream answers a call that an earlier attempt
 *                    already made (the attempt timed out after the upstream took it), or null
 */
public record UpwardCall(String method, String path, JsonObject body, String doneAlready) {

    private static final Set<String> METHODS = Set.of("POST", "PUT");

    public UpwardCall {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("An upward call is a POST or a PUT: " + method);
        }
        Objects.requireNonNull(path);
        Objects.requireNonNull(body);
    }

    /** The call that makes the upstream's entry what {@code event} made this instance's. */
    public static UpwardCall of(DirectoryEventView event) {
        String agency = "admin/agencies/" + URLEncoder.encode(event.agency().value(), StandardCharsets.UTF_8);
        JsonObjectBuilder body = Json.createObjectBuilder();
        return switch (event.kind()) {
            case ADDED -> {
                body.add("code", event.agency().value()).add("name", event.name());
                if (event.parent() != null) {
                    body.add("parentCode", event.parent().value());
                }
                yield new UpwardCall("POST", "admin/agencies", body.build(), "AGENCY_EXISTS");
            }
            case RENAMED -> new UpwardCall("PUT", agency + "/name", reason(body.add("name", event.name()), event), null);
            case MOVED -> new UpwardCall("PUT", agency + "/parent", reason(body.add("parentCode", event.parent().value()), event), null);
            case DEACTIVATED -> new UpwardCall("POST", agency + "/deactivate", reason(body, event), null);
            case MERGED -> new UpwardCall("POST", agency + "/merge", reason(body.add("into", event.successor().value()), event),
                    "AGENCY_RETIRED");
        };
    }

    private static JsonObject reason(JsonObjectBuilder body, DirectoryEventView event) {
        if (event.reason() != null) {
            body.add("reason", event.reason());
        }
        return body.build();
    }

    /** As the outbox item's payload. */
    public String payload() {
        JsonObjectBuilder payload = Json.createObjectBuilder().add("method", method).add("path", path).add("body", body);
        if (doneAlready != null) {
            payload.add("doneAlready", doneAlready);
        }
        return payload.build().toString();
    }

    public static UpwardCall fromPayload(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject json = reader.readObject();
            return new UpwardCall(json.getString("method"), json.getString("path"), json.getJsonObject("body"),
                    json.getString("doneAlready", null));
        }
    }
}

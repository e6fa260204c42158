package vn.lienthong.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** What the hub answered: status, headers, body. */
public record HubResponse(int status, HttpHeaders headers, byte[] body) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The machine-readable code of a problem document. */
    public String problemCode() {
        return json().getString("code");
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}

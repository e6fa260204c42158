package vn.lienthong.web.rest.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import vn.lienthong.audit.AuditEntryView;
import vn.lienthong.web.rest.Times;

import java.io.StringReader;
import java.time.OffsetDateTime;

/** One audit entry on the wire; before and after are the JSON states themselves, not strings holding them. */
public record AuditEntryJson(long id, OffsetDateTime at, String actor, String action, String target, JsonValue before,
                             JsonValue after) {

    public static AuditEntryJson of(AuditEntryView entry) {
        return new AuditEntryJson(entry.id(), Times.local(entry.at()), entry.actor(), entry.action(), entry.target(),
                json(entry.before()), json(entry.after()));
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}

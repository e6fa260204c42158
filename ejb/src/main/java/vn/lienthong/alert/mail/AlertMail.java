package vn.lienthong.alert.mail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import vn.lienthong.alert.rule.Recipients;

import java.io.StringReader;
import java.util.Objects;

/**
 * One mail as it waits in the queue {@value AlertMailSender#QUEUE}: recipients and finished text, so
 * that every attempt sends the same words however long the SMTP server was away.
 */
public record AlertMail(Recipients to, AlertMailText text) {

    public AlertMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(text);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("An alert mail needs a recipient");
        }
    }

    public String toPayload() {
        return Json.createObjectBuilder().add("to", to.toString()).add("subject", text.subject()).add("body", text.body())
                .build().toString();
    }

    public static AlertMail ofPayload(String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject json = reader.readObject();
            return new AlertMail(Recipients.parse(json.getString("to")),
                    new AlertMailText(json.getString("subject"), json.getString("body")));
        }
    }
}

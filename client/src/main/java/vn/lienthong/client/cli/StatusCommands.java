package vn.lienthong.client.cli;

import jakarta.json.JsonObject;
import vn.lienthong.client.edxml.EdxmlPackage;
import vn.lienthong.client.edxml.ReceivedDocument;
import vn.lienthong.client.edxml.StatusBuilder;
import vn.lienthong.client.edxml.StatusCode;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.signature.PackageSigner;
import vn.lienthong.client.signature.SigningKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;

/** {@code status send RECEIVED.edxml --code 03}: answer a received document; {@code status show ID}: what recipients said. */
final class StatusCommands {

    private StatusCommands() {
    }

    static void run(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        String sub = c.args.positional(1, "status send|show");
        switch (sub) {
            case "send" -> send(c);
            case "show" -> show(c);
            default -> throw new UsageException("status send RECEIVED.edxml --code NN, or status show DOCUMENT_ID");
        }
    }

    private static void send(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(Set.of("code", "description", "from-name", "department", "staff", "save"));
        Path received = Path.of(c.args.positional(2, "the received package file"));
        EdxmlPackage status;
        try {
            status = StatusBuilder.answering(ReceivedDocument.read(received)).from(c.agency(), c.args.get("from-name"))
                    .status(StatusCode.of(c.args.require("code", null)), c.args.get("description"))
                    .staff(c.args.get("department"), c.args.get("staff")).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = c.args.path("save") != null ? c.args.path("save") : Files.createTempFile(Path.of("."), "lienthong-status-", ".edxml");
        try {
            SigningKey key = c.signingKey();
            if (key == null) {
                status.writeUnsigned(file);
            } else {
                new PackageSigner(key).sign(status, file);
            }
            JsonObject answer = c.client().sendStatus(file);
            JsonObject signature = answer.getJsonObject("signature");
            c.answer(answer, answer.getString("statusId", "") + "\t" + answer.getString("statusCode", "") + "\t"
                    + (signature == null ? "-" : signature.getString("verdict", "-")));
        } finally {
            if (c.args.path("save") == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void show(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(Set.of());
        JsonObject sent = c.client().sent(c.args.positional(2, "the document id"));
        StringBuilder text = new StringBuilder(sent.getString("documentId")).append('\t').append(sent.getString("subject", ""));
        for (JsonObject r : sent.getJsonArray("recipients").getValuesAs(JsonObject.class)) {
            text.append("\n  ").append(r.getString("code")).append('\t').append(r.getString("state", ""));
            for (JsonObject s : r.getJsonArray("statuses").getValuesAs(JsonObject.class)) {
                text.append("\n    ").append(s.getString("code")).append(' ').append(s.getString("meaningVi", s.getString("meaning", "")))
                        .append(s.containsKey("description") && !s.isNull("description") ? ": " + s.getString("description") : "");
            }
        }
        c.answer(sent, text.toString());
    }
}

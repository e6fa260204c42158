package vn.lienthong.client.cli;

import jakarta.json.Json;
import vn.lienthong.client.edxml.DocumentBuilder;
import vn.lienthong.client.edxml.EdxmlPackage;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.http.LienThongClient;
import vn.lienthong.client.http.Sent;
import vn.lienthong.client.signature.PackageSigner;
import vn.lienthong.client.signature.SigningKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code lienthong send FILE} sends a package as it is; {@code lienthong send --to … --subject …}
 * builds one from fields and files, signs it with the key given, keeps it ({@code --save}) and sends it.
 */
final class SendCommand {

    private static final Set<String> OPTIONS = Set.of("to", "from-name", "subject", "number", "notation", "place", "date", "due",
            "steering", "type", "type-name", "attach", "document-id", "save", "idempotency-key", "receipt", "content", "priority",
            "signer-name", "signer-position", "paper");

    private SendCommand() {
    }

    static void run(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(OPTIONS);
        boolean temporary = c.args.positional().size() <= 1 && c.args.path("save") == null;
        Path file;
        if (c.args.positional().size() > 1) {
            file = Path.of(c.args.positional(1, "the package file"));
        } else {
            // Built, and the key opened, before any file is made: a refused command line leaves nothing behind.
            EdxmlPackage pkg = build(c);
            SigningKey key = c.signingKey();
            file = temporary ? Files.createTempFile(Path.of("."), "lienthong-", ".edxml") : c.args.path("save");
            try {
                if (key == null) {
                    pkg.writeUnsigned(file);
                } else {
                    new PackageSigner(key).sign(pkg, file);
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                if (temporary) {
                    Files.deleteIfExists(file);
                }
                throw e;
            }
        }
        try {
            LienThongClient client = c.client();
            String key = c.args.get("idempotency-key") != null ? c.args.get("idempotency-key") : LienThongClient.idempotencyKeyOf(file);
            Sent sent = client.send(file, key, c.progress("gửi/upload"));
            Path receipt = c.args.path("receipt");
            if (receipt != null && sent.receipt() != null) {
                Files.write(receipt, sent.receipt());
            }
            c.answer(Json.createObjectBuilder(sent.answer()).add("replayed", sent.replayed()).add("idempotencyKey", key).build(),
                    sent.documentId() + "\t" + (sent.signatureVerdict() == null ? "-" : sent.signatureVerdict())
                            + (sent.replayed() ? "\t(replayed: the hub had it already)" : ""));
        } finally {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static EdxmlPackage build(Context c) throws UsageException {
        DocumentBuilder b = DocumentBuilder.from(c.agency(), c.args.get("from-name"));
        if (c.args.all("to").isEmpty()) {
            throw new UsageException("send needs a package file, or --to and the document's fields");
        }
        try {
            for (String to : c.args.all("to")) {
                int eq = to.indexOf('=');
                b.to(eq < 0 ? to : to.substring(0, eq), eq < 0 ? null : to.substring(eq + 1));
            }
            b.code(c.args.require("number", null), c.args.require("notation", null))
                    .promulgation(c.args.require("place", null), c.args.date("date") == null ? LocalDate.now() : c.args.date("date"))
                    .subject(c.args.require("subject", null)).content(c.args.get("content")).dueDate(c.args.date("due"))
                    .paperCopy(c.args.flag("paper"));
            if (c.args.get("document-id") != null) {
                b.documentId(c.args.get("document-id"));
            }
            if (c.args.get("type") != null) {
                b.documentType(c.args.integer("type", 0), c.args.get("type-name"));
            }
            if (c.args.get("steering") != null) {
                b.steeringType(c.args.integer("steering", 0));
            }
            if (c.args.get("priority") != null) {
                b.priority(c.args.integer("priority", 0));
            }
            if (c.args.get("signer-name") != null) {
                b.signer(null, c.args.get("signer-position"), c.args.get("signer-name"));
            }
            for (String a : c.args.all("attach")) {
                b.attach(Path.of(a));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

package vn.lienthong.client.cli;

import jakarta.json.Json;
import vn.lienthong.client.directory.DirectorySync;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.signature.HubSignatures;
import vn.lienthong.client.signature.VerificationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;

/** {@code receipt get|verify} and {@code directory sync}: what the hub signs with its key, checked against the pinned certificate. */
final class ReceiptCommands {

    private ReceiptCommands() {
    }

    static void receipt(Context c) throws UsageException, IOException, GeneralSecurityException, HubException, VerificationException {
        String sub = c.args.positional(1, "receipt get|verify");
        if ("get".equals(sub)) {
            c.args.only(Set.of("out", "recipient"));
            String id = c.args.positional(2, "the document id");
            Path out = c.args.path("out") == null ? Path.of(id + ".p7s") : c.args.path("out");
            String recipient = c.args.get("recipient");
            Files.write(out, recipient == null ? c.client().receipt(id) : c.client().deliveryReceipt(id, recipient));
            c.answer(Json.createObjectBuilder().add("documentId", id).add("file", out.toString()).build(), out.toString());
        } else if ("verify".equals(sub)) {
            c.args.only(Set.of("hub-cert", "package"));
            Path receipt = Path.of(c.args.positional(2, "the receipt file"));
            HubSignatures hub = new HubSignatures(HubSignatures.certificate(Path.of(c.args.require("hub-cert", "LIENTHONG_HUB_CERT"))));
            Path pkg = c.args.path("package");
            HubSignatures.Receipt r = pkg == null ? hub.receipt(Files.readAllBytes(receipt)) : hub.receipt(Files.readAllBytes(receipt), pkg);
            c.answer(Json.createObjectBuilder().add("verified", true).add("timestamped", r.timestamped()).add("receipt", r.content()).build(),
                    "VALID\t" + r.content().getString("receipt", "") + "\t" + r.documentId() + "\t" + r.content().getString("time", "")
                            + (pkg == null ? "" : "\tpackage matches"));
        } else {
            throw new UsageException("receipt get DOCUMENT_ID [--out FILE], or receipt verify FILE --hub-cert PEM [--package FILE]");
        }
    }

    static void directory(Context c) throws UsageException, IOException, GeneralSecurityException, HubException, VerificationException {
        if (!"sync".equals(c.args.positional(1, "directory sync"))) {
            throw new UsageException("directory sync --file FILE [--hub-cert PEM]");
        }
        c.args.only(Set.of("file", "hub-cert"));
        String pem = c.args.get("hub-cert", "LIENTHONG_HUB_CERT");
        DirectorySync.Result r = new DirectorySync(c.client(), Path.of(c.args.require("file", null)),
                pem == null ? null : new HubSignatures(HubSignatures.certificate(Path.of(pem)))).sync();
        c.answer(Json.createObjectBuilder().add("cursor", r.cursor()).add("snapshot", r.snapshot()).add("events", r.events())
                .add("agencies", r.agencies()).add("signaturesChecked", pem != null).build(),
                "cursor " + r.cursor() + (r.snapshot() ? ", snapshot taken" : "") + ", " + r.events() + " changes applied, "
                        + r.agencies() + " agencies" + (pem == null ? " (signatures not checked: no --hub-cert)" : ""));
    }
}

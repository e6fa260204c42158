package vn.lienthong.client.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import vn.lienthong.client.http.Fetched;
import vn.lienthong.client.http.HubException;
import vn.lienthong.client.http.InboxPage;
import vn.lienthong.client.signature.HubSignatures;
import vn.lienthong.client.signature.PackageVerifier;
import vn.lienthong.client.signature.Verification;
import vn.lienthong.client.signature.VerificationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code inbox}, {@code fetch} (optionally verifying the sender's signature) and {@code ack}. */
final class ReceiveCommands {

    private ReceiveCommands() {
    }

    static void inbox(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(Set.of("limit", "after", "all"));
        InboxPage page = c.client().inbox(c.args.integer("limit", 50), c.args.get("after"), c.args.flag("all"));
        JsonArrayBuilder items = Json.createArrayBuilder();
        StringBuilder text = new StringBuilder();
        for (JsonObject item : page.items()) {
            items.add(item);
            JsonObject signature = item.getJsonObject("signature");
            text.append(item.getString("documentId")).append('\t').append(item.getString("sender", "")).append('\t')
                    .append(item.getString("state", "")).append('\t')
                    .append(signature == null ? "-" : signature.getString("verdict", "-")).append('\t')
                    .append(item.getString("subject", "")).append('\n');
        }
        var json = Json.createObjectBuilder().add("items", items);
        if (page.nextCursor() != null) {
            json.add("nextCursor", page.nextCursor());
            text.append("more: --after ").append(page.nextCursor()).append('\n');
        }
        c.answer(json.build(), text.toString().stripTrailing());
    }

    static void fetch(Context c) throws UsageException, IOException, GeneralSecurityException, HubException, VerificationException {
        c.args.only(Set.of("out", "verify", "trust"));
        String id = c.args.positional(1, "the document id");
        Path out = c.args.path("out") == null ? Path.of(id + ".edxml") : c.args.path("out");
        if (Files.isDirectory(out)) {
            out = out.resolve(id + ".edxml");
        }
        Fetched fetched = c.client().fetch(id, out, c.progress("nhận/download"));
        var json = Json.createObjectBuilder().add("documentId", id).add("file", fetched.file().toString())
                .add("sizeBytes", fetched.size()).add("sha256", fetched.sha256());
        String text = fetched.file() + "\t" + fetched.size() + " bytes";
        if (c.args.flag("verify")) {
            List<X509Certificate> anchors = new ArrayList<>();
            for (String pem : c.args.all("trust")) {
                anchors.add(HubSignatures.certificate(Path.of(pem)));
            }
            Verification v = new PackageVerifier(anchors).verify(fetched.file());
            json.add("verification", Json.createObjectBuilder().add("verdict", v.verdict().name()).add("reason", v.reason())
                    .add("signer", v.signer() == null ? "" : v.signer().getSubjectX500Principal().getName()));
            text += "\t" + v.verdict() + (v.signer() == null ? "" : "\t" + v.signer().getSubjectX500Principal().getName());
            if (!v.valid()) {
                c.answer(json.build(), text + "\t" + v.reason());
                throw new VerificationException("The package's signature is " + v.verdict() + ": " + v.reason(), null);
            }
        }
        c.answer(json.build(), text);
    }

    static void ack(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(Set.of("failed"));
        String id = c.args.positional(1, "the document id");
        String failed = c.args.get("failed");
        JsonObject answer = failed == null ? c.client().acknowledge(id) : c.client().acknowledgeFailure(id, failed);
        c.answer(answer, id + "\t" + answer.getString("state", ""));
    }
}

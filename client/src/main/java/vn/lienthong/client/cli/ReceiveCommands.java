package vn.lienthong.client.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import vn.lienthong.client.http.BatchItem;
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
        c.args.only(Set.of("out", "verify", "trust", "next"));
        if (c.args.get("next") != null) {
            fetchNext(c);
            return;
        }
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
            Verification v = verify(c, fetched.file());
            json.add("verification", verdict(v));
            text += "\t" + v.verdict() + (v.signer() == null ? "" : "\t" + v.signer().getSubjectX500Principal().getName());
            if (!v.valid()) {
                c.answer(json.build(), text + "\t" + v.reason());
                throw new VerificationException("The package's signature is " + v.verdict() + ": " + v.reason(), null);
            }
        }
        c.answer(json.build(), text);
    }

    /**
     * {@code fetch --next N --out DIR}: the next N waiting packages in one batch call. A refused item
     * stops no other; the command then exits as refused (4), or as failed verification (6), after all.
     */
    private static void fetchNext(Context c) throws UsageException, IOException, GeneralSecurityException, HubException, VerificationException {
        Path out = c.args.path("out") == null ? Path.of(".") : c.args.path("out");
        JsonArrayBuilder items = Json.createArrayBuilder();
        StringBuilder text = new StringBuilder();
        boolean refused = false;
        boolean unverified = false;
        for (BatchItem item : c.client().batches().fetchNext(c.args.integer("next", 10), out, c.progress("nhận/download"))) {
            var json = Json.createObjectBuilder().add("documentId", item.documentId());
            text.append(item.documentId()).append('\t');
            if (item.refused()) {
                refused = true;
                json.add("problem", item.problem());
                text.append("REFUSED\t").append(item.problem().getString("code", "")).append('\n');
            } else {
                json.add("file", item.fetched().file().toString()).add("sizeBytes", item.fetched().size()).add("sha256", item.fetched().sha256());
                text.append(item.fetched().file()).append('\t').append(item.fetched().size()).append(" bytes");
                if (c.args.flag("verify")) {
                    Verification v = verify(c, item.fetched().file());
                    unverified |= !v.valid();
                    json.add("verification", verdict(v));
                    text.append('\t').append(v.verdict());
                }
                text.append('\n');
            }
            items.add(json);
        }
        c.answer(Json.createObjectBuilder().add("items", items).build(), text.toString().stripTrailing());
        if (unverified) {
            throw new VerificationException("Some packages of the batch are not VALID (see the list)", null);
        }
        if (refused) {
            throw new HubException(409, null, "Some items of the batch were refused (see the list)", null);
        }
    }

    private static Verification verify(Context c, Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String pem : c.args.all("trust")) {
            anchors.add(HubSignatures.certificate(Path.of(pem)));
        }
        return new PackageVerifier(anchors).verify(file);
    }

    private static JsonObject verdict(Verification v) {
        return Json.createObjectBuilder().add("verdict", v.verdict().name()).add("reason", v.reason())
                .add("signer", v.signer() == null ? "" : v.signer().getSubjectX500Principal().getName()).build();
    }

    /** {@code ack ID}: one confirmation; {@code ack ID ID …}: all of them in one batch call (done). */
    static void ack(Context c) throws UsageException, IOException, GeneralSecurityException, HubException {
        c.args.only(Set.of("failed"));
        if (c.args.positional().size() > 2) {
            if (c.args.get("failed") != null) {
                throw new UsageException("--failed confirms one document at a time");
            }
            List<JsonObject> results = c.client().batches().acknowledge(c.args.positional().subList(1, c.args.positional().size()));
            StringBuilder text = new StringBuilder();
            boolean refused = false;
            for (JsonObject r : results) {
                JsonObject problem = r.getJsonObject("problem");
                refused |= problem != null;
                text.append(r.getString("documentId")).append('\t')
                        .append(problem == null ? r.getString("state", "") : "REFUSED\t" + problem.getString("code", "")).append('\n');
            }
            c.answer(Json.createObjectBuilder().add("results", Json.createArrayBuilder(results)).build(), text.toString().stripTrailing());
            if (refused) {
                throw new HubException(409, null, "Some acknowledgements were refused (see the list)", null);
            }
            return;
        }
        String id = c.args.positional(1, "the document id");
        String failed = c.args.get("failed");
        JsonObject answer = failed == null ? c.client().acknowledge(id) : c.client().acknowledgeFailure(id, failed);
        c.answer(answer, id + "\t" + answer.getString("state", ""));
    }
}

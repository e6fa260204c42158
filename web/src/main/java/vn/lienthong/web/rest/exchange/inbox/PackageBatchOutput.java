package vn.lienthong.web.rest.exchange.inbox;

import jakarta.ws.rs.core.StreamingOutput;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.exchange.inbox.PackageOpening;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Several packages in one {@code multipart/mixed} response (RFC 2046), streamed part after part:
 * each part is one package byte for byte ({@code application/xml}) with the headers a single fetch
 * sends (ETag, Repr-Digest, Content-Length) and {@code Content-ID: <documentId>}, or, for a package
 * the caller may not have, the problem document a single fetch would have answered
 * ({@code application/problem+json}). Packages are read from the store as they are written out, so
 * the response costs no memory however large they are.
 */
final class PackageBatchOutput implements StreamingOutput {

    private static final byte[] CRLF = {'\r', '\n'};

    private final List<PackageOpening> openings;
    private final String boundary = "lienthong-" + UUID.randomUUID();
    private final String instance;

    PackageBatchOutput(List<PackageOpening> openings, String instance) {
        this.openings = openings;
        this.instance = instance;
    }

    String mediaType() {
        return "multipart/mixed; boundary=\"" + boundary + "\"";
    }

    @Override
    public void write(OutputStream out) throws IOException {
        for (PackageOpening opening : openings) {
            ascii(out, "--" + boundary);
            out.write(CRLF);
            if (opening.opened().isPresent()) {
                writePackage(out, opening.opened().get());
            } else {
                Problem problem = Problems.of(opening.refusal(), instance);
                byte[] json = Problems.json(problem).getBytes(StandardCharsets.UTF_8);
                header(out, "Content-Type", Problem.MEDIA_TYPE);
                header(out, "Content-ID", "<" + opening.documentId().value() + ">");
                header(out, "Content-Length", Integer.toString(json.length));
                out.write(CRLF);
                out.write(json);
            }
            out.write(CRLF);
        }
        ascii(out, "--" + boundary + "--");
        out.write(CRLF);
    }

    private static void writePackage(OutputStream out, StoredPackage stored) throws IOException {
        header(out, "Content-Type", "application/xml; charset=UTF-8");
        header(out, "Content-ID", "<" + stored.id().value() + ">");
        header(out, "Content-Length", Long.toString(stored.sizeBytes()));
        header(out, "ETag", "\"" + stored.sha256() + "\"");
        header(out, "Repr-Digest", "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(stored.sha256())) + ":");
        out.write(CRLF);
        try (InputStream in = stored.content()) {
            in.transferTo(out);
        }
    }

    private static void header(OutputStream out, String name, String value) throws IOException {
        ascii(out, name + ": " + value);
        out.write(CRLF);
    }

    private static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}

package vn.lienthong.client.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The receiving end of push delivery. The hub calls {@code POST <url>} with the package as body,
 * HTTP Basic with the user name and secret the agency registered ({@code PUT /push-endpoint}),
 * {@code LienThong-Document-Id}, {@code LienThong-Sender} and {@code Repr-Digest} (SHA-256 of the
 * body). A call is taken only when the credentials match and the body's digest is the one announced;
 * the package is stored as {@code <documentId>.edxml} in {@code inbox} (streamed through a
 * temporary file, moved into place whole). Pushes are at least once: a document already stored is
 * answered 200 again and not stored twice, so the hub stops retrying it.
 *
 * <p>Any HTTP server can call {@link #receive}; {@link #handler()} plugs it into the JDK's own
 * {@code com.sun.net.httpserver.HttpServer}.
 */
public final class PushReceiver {

    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-fA-F-]{8,64}");
    private static final Pattern SHA256_DIGEST = Pattern.compile("sha-256=:([A-Za-z0-9+/=]+):");

    private final byte[] expectedAuthorization;
    private final Path inbox;
    private final Consumer<Path> onDocument;

    /** What became of one call, and the HTTP status to answer it with. */
    public enum Outcome {
        STORED(200), DUPLICATE(200), UNAUTHORIZED(401), BAD_REQUEST(400);

        public final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    /**
     * @param onDocument told of each newly stored package (not of duplicates), after it is in place
     */
    public PushReceiver(String username, String secret, Path inbox, Consumer<Path> onDocument) throws IOException {
        this.expectedAuthorization = ("Basic " + Base64.getEncoder().encodeToString((Objects.requireNonNull(username) + ":"
                + Objects.requireNonNull(secret)).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        this.inbox = Files.createDirectories(inbox);
        this.onDocument = onDocument == null ? p -> { } : onDocument;
    }

    /** One call: {@code header} gives a request header by name (null when absent). */
    public Outcome receive(UnaryOperator<String> header, InputStream body) throws IOException {
        String authorization = header.apply("Authorization");
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8))) {
            return Outcome.UNAUTHORIZED;
        }
        String documentId = header.apply("LienThong-Document-Id");
        Matcher digest = SHA256_DIGEST.matcher(String.valueOf(header.apply("Repr-Digest")));
        if (documentId == null || !DOCUMENT_ID.matcher(documentId).matches() || !digest.find()) {
            return Outcome.BAD_REQUEST;
        }
        Path target = inbox.resolve(documentId + ".edxml");
        Path partial = Files.createTempFile(inbox, documentId, ".part");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(body, sha256); OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            if (!MessageDigest.isEqual(sha256.digest(), Base64.getDecoder().decode(digest.group(1)))) {
                return Outcome.BAD_REQUEST;
            }
            try {
                // A hard link is created only if the name is free: of two pushes of one document at the same moment, one wins.
                Files.createLink(target, partial);
            } catch (FileAlreadyExistsException e) {
                return Outcome.DUPLICATE;
            } catch (UnsupportedOperationException e) {
                if (Files.exists(target)) {
                    return Outcome.DUPLICATE;
                }
                Files.move(partial, target);
            }
            onDocument.accept(target);
            return Outcome.STORED;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** For the JDK's HTTP server: {@code server.createContext("/edoc/inbox", receiver.handler())}. */
    public HttpHandler handler() {
        return (HttpExchange exchange) -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                Outcome outcome = receive(exchange.getRequestHeaders()::getFirst, exchange.getRequestBody());
                if (outcome == Outcome.UNAUTHORIZED) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"lienthong-push\"");
                }
                exchange.sendResponseHeaders(outcome.status, -1);
            }
        };
    }
}

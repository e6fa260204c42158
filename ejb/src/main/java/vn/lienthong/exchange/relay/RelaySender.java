package vn.lienthong.exchange.relay;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.directory.federation.FederationSettings;
import vn.lienthong.directory.federation.PeerTls;
import vn.lienthong.exchange.document.HopTrail;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relays documents to peer hubs (queue {@value RelayQueue#QUEUE}, docs/federation.md): POSTs the
 * stored sender's bytes with the hops appended ({@link HopTrail#append}) to the peer's
 * {@code documents}, as this hub's account there, with the relay headers and an Idempotency-Key
 * that is the same on every attempt; and statuses recorded here ({@link StatusRelayItem}) to the
 * peer's {@code statuses}, byte for byte. A peer that does not answer, or answers 5xx, 408 or 429, is
 * tried again on the federation's backoff; any other 4xx is its refusal, recorded with the item
 * (FAILED, with the peer's problem code) and shown to the sender.
 */
@ApplicationScoped
public class RelaySender implements Sender {

    private static final Pattern PROBLEM_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern PROBLEM_DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The server's own threads, so that reading a package from the database runs with the application's context. */
    @Resource
    ManagedExecutorService executor;

    @EJB
    RelayQueue relays;

    @Inject
    PackageStore packages;

    @Inject
    FederationSettings federation;

    private Duration timeout;
    private HttpClient defaultTrust;
    /** One client per truststore file: the upstream's certificate when it is not in the JVM's trust. */
    private final Map<Path, HttpClient> byTruststore = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        timeout = federation.timeout();
        defaultTrust = client(Optional.empty());
    }

    @Override
    public String queue() {
        return RelayQueue.QUEUE;
    }

    @Override
    public QueueSettings settings() {
        // A relay carries a whole package: two side by side, each within the timeout; the lease covers one.
        return new QueueSettings(federation.interval(), federation.backoff(), timeout.multipliedBy(2).plusSeconds(30), 4, 2, false);
    }

    @Override
    public Outcome send(QueuedItem item) {
        Optional<StatusRelayItem> status = StatusRelayItem.of(item.payload().orElseThrow());
        if (status.isPresent()) {
            return sendStatus(item.key(), status.get());
        }
        Optional<RelayOrder> found;
        try {
            found = relays.order(item.key(), item.payload().orElseThrow());
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SendFailure(cause.getMessage() == null ? cause.toString() : cause.getMessage(), e);
        }
        if (found.isEmpty()) {
            return Outcome.NOT_NEEDED;
        }
        RelayOrder order = found.get();
        post(order.target(), request(order));
        return Outcome.SENT;
    }

    /**
     * A status goes to the peer's {@code statuses} as it was stored here, byte for byte (a status
     * package has no trace list), with the agencies the peer serves it for; its answers are judged
     * as a document's. A retry is recognised there by (document, reporter, SHA-256 of the package).
     */
    private Outcome sendStatus(String peer, StatusRelayItem item) {
        Optional<StatusRelayOrder> found;
        try {
            found = relays.statusOrder(peer, item);
        } catch (jakarta.ejb.EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SendFailure(cause.getMessage() == null ? cause.toString() : cause.getMessage(), e);
        }
        if (found.isEmpty()) {
            return Outcome.NOT_NEEDED;
        }
        StatusRelayOrder order = found.get();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> packages.open(order.status(), order.sha256()));
        String pair = order.target().account() + ":" + order.target().secret();
        post(order.target(), HttpRequest.newBuilder(order.target().statuses())
                .timeout(timeout)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header(RelayHeaders.RELAY_FOR, RelayRequest.relayForHeader(order.relayFor()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .POST(body)
                .build());
        return Outcome.SENT;
    }

    private void post(PeerTarget target, HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = http(target).send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SendFailure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("Interrupted", e);
        }
        judge(response.statusCode(), head(response));
    }

    @Override
    public String describe(QueuedItem item) {
        Optional<StatusRelayItem> status = item.payload().flatMap(StatusRelayItem::of);
        return status.map(st -> "Relay of status " + st.status() + " (document " + st.document() + ") to the hub " + item.key())
                .orElseGet(() -> "Relay of document " + item.payload().orElse("?") + " to the hub " + item.key());
    }

    /**
     * What the peer's answer means: nothing for a 2xx; a failure to retry for 5xx, 408 and 429
     * (and anything else unexpected); for any other 4xx, the peer's refusal.
     */
    static void judge(int status, String body) {
        if (status >= 200 && status < 300) {
            return;
        }
        String text = body.replaceAll("\\s+", " ").strip();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            Matcher code = PROBLEM_CODE.matcher(body);
            Matcher detail = PROBLEM_DETAIL.matcher(body);
            throw SendFailure.refused(RelayState.refusal(code.find() ? code.group(1) : "HTTP_" + status, status,
                    detail.find() ? detail.group(1) : text));
        }
        throw new SendFailure("HTTP " + status + (text.isEmpty() ? "" : ": " + text));
    }

    private HttpRequest request(RelayOrder order) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return HopTrail.append(() -> packages.open(order.document(), order.location(), order.sha256()), order.hops().hops());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String pair = order.target().account() + ":" + order.target().secret();
        return HttpRequest.newBuilder(order.target().documents())
                .timeout(timeout)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("Idempotency-Key", order.idempotencyKey())
                .header(RelayHeaders.RELAY_FOR, RelayRequest.relayForHeader(order.relayFor()))
                .header(RelayHeaders.RELAY_HOPS, Integer.toString(order.hops().hops().size()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .POST(body)
                .build();
    }

    private static String head(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private HttpClient http(PeerTarget target) {
        if (target.truststore().isEmpty()) {
            return defaultTrust;
        }
        return byTruststore.computeIfAbsent(target.truststore().get(), file -> client(Optional.of(target)));
    }

    private HttpClient client(Optional<PeerTarget> trusting) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        trusting.ifPresent(target -> builder.sslContext(sslContext(target.truststore().orElseThrow(), target.truststorePassword())));
        return builder.build();
    }

    /** Trusts the certificates of the peer's truststore (PKCS12, JKS or PEM), as the directory's calls upward do. */
    private static SSLContext sslContext(Path file, String password) {
        try {
            return PeerTls.trusting(file, password);
        } catch (IllegalStateException e) {
            throw new SendFailure("The peer's truststore " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}

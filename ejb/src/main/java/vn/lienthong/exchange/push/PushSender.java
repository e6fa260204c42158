package vn.lienthong.exchange.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.platform.outbox.QueueSettings;
import vn.lienthong.platform.outbox.QueuedItem;
import vn.lienthong.platform.outbox.SendFailure;
import vn.lienthong.platform.outbox.Sender;
import vn.lienthong.platform.time.Backoff;
import vn.lienthong.platform.time.Durations;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Pushes deliveries to the recipients' endpoints (queue {@value #QUEUE}: key the recipient's code,
 * number the delivery's id, payload the document's id): POSTs each package byte for byte as the
 * sender sent it, {@code lienthong.push.concurrency} at a time on each server, never following a
 * redirect, and only to addresses the operator's rule allows ({@link PushAddresses}, checked again
 * before every push). A push is at least once: a server that dies after the endpoint answered but
 * before it recorded the answer pushes again when the claim's lease runs out, so endpoints should
 * use the {@code LienThong-Document-Id} header to recognise a repeat (docs/api.md).
 */
@ApplicationScoped
public class PushSender implements Sender {

    public static final String QUEUE = "push";
    static final String DOCUMENT_ID_HEADER = "LienThong-Document-Id";
    static final String SENDER_HEADER = "LienThong-Sender";

    /** The server's own threads, so that reading a package from the database runs with the application's context. */
    @Resource
    ManagedExecutorService executor;

    @EJB
    PushService pushes;

    @Inject
    PackageStore packages;

    @Inject
    PushAddresses addresses;

    @Inject
    @ConfigProperty(name = "lienthong.push.interval", defaultValue = "5s")
    String interval;

    @Inject
    @ConfigProperty(name = "lienthong.push.timeout", defaultValue = "30s")
    String timeoutSetting;

    @Inject
    @ConfigProperty(name = "lienthong.push.backoff", defaultValue = "10s,30s,2m,10m,30m,1h,2h")
    String backoff;

    @Inject
    @ConfigProperty(name = "lienthong.push.concurrency", defaultValue = "4")
    int concurrency;

    private Duration timeout;
    private HttpClient http;

    @PostConstruct
    void start() {
        timeout = Durations.parse(timeoutSetting);
        http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public QueueSettings settings() {
        // The pushes of one batch run side by side, each within the timeout; the lease covers one push.
        int sideBySide = Math.max(1, concurrency);
        return new QueueSettings(Durations.parse(interval), Backoff.parse(backoff), timeout.multipliedBy(2).plusSeconds(30),
                sideBySide, sideBySide, false);
    }

    /**
     * Pushes one package, unless it need not be pushed any more (fetched, revoked, the endpoint
     * removed) or the endpoint's host now resolves to an address the operator's rule refuses (a name
     * may point elsewhere than at registration): then no connection is made.
     */
    @Override
    public Outcome send(QueuedItem item) {
        Optional<PushOrder> found = pushes.order(item.seq());
        if (found.isEmpty()) {
            return Outcome.NOT_NEEDED;
        }
        PushOrder order = found.get();
        if (order.cannotPush().isPresent()) {
            throw new SendFailure(order.cannotPush().get());
        }
        addresses.refusal(order.target().url()).ifPresent(refused -> {
            throw new SendFailure("Not pushed: " + refused);
        });
        HttpResponse<InputStream> response;
        try {
            response = http.send(request(order), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SendFailure(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailure("Interrupted", e);
        }
        outcome(response).ifPresent(error -> {
            throw new SendFailure(error);
        });
        return Outcome.SENT;
    }

    /** The recipient's endpoint took the package: the delivery counts as fetched. */
    @Override
    public void sent(QueuedItem item, Instant at) {
        pushes.pushed(item.seq(), at);
    }

    @Override
    public String describe(QueuedItem item) {
        return "Push of document " + item.payload().orElse("?") + " to " + item.key();
    }

    private HttpRequest request(PushOrder order) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> packages.open(order.document(), order.location(), order.sha256())), order.sizeBytes());
        HttpRequest.Builder builder = HttpRequest.newBuilder(order.target().url())
                .timeout(timeout)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header(DOCUMENT_ID_HEADER, order.document().value())
                .header(SENDER_HEADER, order.sender().value())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(order.sha256())) + ":")
                .POST(body);
        if (order.target().user().isPresent()) {
            String pair = order.target().user().get() + ":" + order.target().secret().orElse("");
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    /** @return empty when the endpoint took the package, else why not */
    private static Optional<String> outcome(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        boolean taken = status >= 200 && status < 300;
        try (InputStream in = response.body()) {
            byte[] head = in.readNBytes(300);
            if (taken) {
                return Optional.empty();
            }
            String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            return Optional.of("HTTP " + status + (text.isEmpty() ? "" : ": " + text));
        } catch (IOException e) {
            return taken ? Optional.empty() : Optional.of("HTTP " + status);
        }
    }
}

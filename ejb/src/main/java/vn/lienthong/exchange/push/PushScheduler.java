package vn.lienthong.exchange.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.document.PackageStore;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.time.Durations;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes due deliveries to the recipients' endpoints: every {@code lienthong.push.interval} each
 * server claims what is due and POSTs the packages, byte for byte as the sender sent them, a few at
 * a time, never following a redirect, and only to addresses the operator's rule allows
 * ({@link PushAddresses}, checked again before every push). A push is at least once: a server that
 * dies after the endpoint answered but before it recorded the answer pushes again when the claim's
 * lease runs out, so endpoints should use the {@code LienThong-Document-Id} header to recognise a
 * repeat (docs/api.md).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PushScheduler {

    private static final Logger LOG = Logger.getLogger(PushScheduler.class.getName());
    static final String DOCUMENT_ID_HEADER = "LienThong-Document-Id";
    static final String SENDER_HEADER = "LienThong-Sender";

    @Resource
    TimerService timers;

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
    String intervalSetting;

    @Inject
    @ConfigProperty(name = "lienthong.push.timeout", defaultValue = "30s")
    String timeoutSetting;

    @Inject
    @ConfigProperty(name = "lienthong.push.concurrency", defaultValue = "4")
    int concurrency;

    private Duration timeout;
    private HttpClient http;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        Duration interval = Durations.parse(intervalSetting);
        timeout = Durations.parse(timeoutSetting);
        concurrency = Math.max(1, concurrency);
        http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("push delivery", false));
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still pushing
        }
        try {
            // The pushes of one batch run side by side, each within the timeout; each is claimed with a
            // lease that covers that (the batch is claimed just before it is pushed, never ahead).
            Duration lease = timeout.multipliedBy(2).plusSeconds(30);
            List<Long> due;
            do {
                due = pushes.due(concurrency);
                List<PushOrder> batch = new ArrayList<>();
                for (long id : due) {
                    ConcurrentUpdates.unlessLostRace(() -> pushes.claim(id, lease)).ifPresent(batch::add);
                }
                List<CompletableFuture<Attempt>> inFlight = batch.stream().map(this::push).toList();
                CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
                inFlight.forEach(attempt -> record(attempt.join()));
            } while (due.size() == concurrency);
        } catch (RuntimeException e) {
            // The database may be away; the next round tries again and nothing is lost (the rows are the queue).
            LOG.log(Level.WARNING, "Push round stopped: {0}", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** One finished attempt: {@code error} is null when the endpoint took the package. */
    private record Attempt(PushOrder order, String error) {
    }

    /**
     * Pushes one package, unless the endpoint's host now resolves to an address the operator's rule
     * refuses (a name may point elsewhere than at registration): then no connection is made.
     */
    private CompletableFuture<Attempt> push(PushOrder order) {
        if (order.cannotPush().isPresent()) {
            return CompletableFuture.completedFuture(new Attempt(order, order.cannotPush().get()));
        }
        Optional<String> refused = addresses.refusal(order.target().url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Attempt(order, "Not pushed: " + refused.get()));
        }
        HttpRequest request = request(order);
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, failure) -> new Attempt(order, failure != null ? describe(failure) : outcome(response)));
    }

    private void record(Attempt attempt) {
        try {
            recordOnce(attempt);
        } catch (jakarta.ejb.EJBTransactionRolledbackException raced) {
            // The delivery changed meanwhile (fetched by pull, endpoint removed, claimed by another server
            // after this lease ran out): record against its new state, which may well mean nothing.
            recordOnce(attempt);
        }
    }

    private void recordOnce(Attempt attempt) {
        PushOrder order = attempt.order();
        try {
            boolean recorded;
            if (attempt.error() == null) {
                recorded = pushes.succeeded(order.deliveryId(), order.lease());
            } else {
                LOG.log(Level.FINE, "Push {0} of {1} to {2} failed: {3}",
                        new Object[]{order.attempt(), order.document(), order.recipient(), attempt.error()});
                recorded = pushes.failed(order.deliveryId(), attempt.error(), order.lease());
            }
            if (!recorded) {
                LOG.log(Level.FINE, "The outcome of pushing {0} to {1} was not recorded: the delivery was fetched, "
                        + "its endpoint removed, or its lease ran out and another server took it over",
                        new Object[]{order.document(), order.recipient()});
            }
        } catch (jakarta.ejb.EJBTransactionRolledbackException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outcome of pushing {0} to {1} could not be recorded; it is pushed again "
                    + "when its claim expires: {2}", new Object[]{order.document(), order.recipient(), e.toString()});
        }
    }

    private HttpRequest request(PushOrder order) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> packages.open(order.document().value())), order.sizeBytes());
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

    /** @return null when the endpoint took the package, else why not */
    private static String outcome(HttpResponse<InputStream> response) {
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            byte[] head = in.readNBytes(300);
            if (status >= 200 && status < 300) {
                return null;
            }
            String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            return "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
        } catch (IOException e) {
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

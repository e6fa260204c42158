package vn.lienthong.it.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An agency's push endpoint, as a real HTTP server on loopback that the hub under test POSTs to.
 * It records every request and answers with the status the test sets.
 */
public final class PushReceiver implements AutoCloseable {

    /** One request the hub made. */
    public record Push(String documentId, String sender, String authorization, String contentType, String body,
                       int answeredWith) {
    }

    private final HttpServer server;
    private final List<Push> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private volatile String redirect;

    public PushReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/edoc/inbox", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answer.get();
            received.add(new Push(exchange.getRequestHeaders().getFirst("LienThong-Document-Id"),
                    exchange.getRequestHeaders().getFirst("LienThong-Sender"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body, StandardCharsets.UTF_8), status));
            byte[] reply = (status < 300 ? "OK" : "Hệ thống đang bảo trì / under maintenance").getBytes(StandardCharsets.UTF_8);
            if (redirect != null) {
                exchange.getResponseHeaders().add("Location", redirect);
            }
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/edoc/inbox";
    }

    /** From now on answer every push with {@code status}. */
    public void answerWith(int status) {
        answer.set(status);
    }

    /** From now on answer every push with a redirect ({@code status} 3xx) to {@code location}. */
    public void redirectWith(int status, String location) {
        redirect = location;
        answer.set(status);
    }

    public List<Push> pushesOf(String documentId) {
        return received.stream().filter(p -> documentId.equals(p.documentId())).toList();
    }

    /** Waits until the pushes of the document satisfy {@code condition}; returns them. */
    public List<Push> await(String documentId, Predicate<List<Push>> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            List<Push> pushes = pushesOf(documentId);
            if (condition.test(pushes)) {
                return pushes;
            }
            pause(100);
        }
        throw new AssertionError("Within 90 s the pushes of " + documentId + " never showed " + what + ": " + pushesOf(documentId));
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

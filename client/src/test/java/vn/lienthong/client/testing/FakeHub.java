package vn.lienthong.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server answering as the hub's REST API does, for the protocol rules the client
 * must keep (retries, keys, digests) that a real hub cannot be made to break on demand; the ear
 * module's ITs run the client against the real one.
 */
public final class FakeHub implements AutoCloseable {

    /** One request as received: method, path with query, headers, body. */
    public record Call(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** Answers one call. */
    @FunctionalInterface
    public interface Route {
        void answer(Call call, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    public FakeHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
                calls.add(call);
                String key = call.method() + " " + exchange.getRequestURI().getPath();
                Route route = routes.get(key);
                if (route == null) {
                    reply(exchange, 404, "application/problem+json", "{\"code\":\"NOT_FOUND\",\"status\":404}");
                } else {
                    route.answer(call, exchange);
                }
            }
        });
        // A thread per call, as a real server: one slow answer must not hold the next request up.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public FakeHub on(String methodAndPath, Route route) {
        routes.put(methodAndPath, route);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        reply(exchange, status, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

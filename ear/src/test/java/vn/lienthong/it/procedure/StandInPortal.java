package vn.lienthong.it.procedure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the national public service portal on loopback, behaving as the real one does
 * to the hub (docs/procedures.md, "Synchronisation with the national portal"): sessions from a
 * log-in that expire after a few calls, "already exists" (409) on a repeated create, and faults on
 * a fixed schedule of the calls after log-in: every {@code errorEvery}-th call answers 500, every
 * {@code slowEvery}-th does its work and then answers later than the hub's timeout, as a portal
 * under load does. It records the dossiers, every status each one passed through and its
 * step-log entries, and the published answers to citizen feedback ({@code POST feedback}, 409 when
 * it has it already, {@code PUT feedback/{code}}).
 */
final class StandInPortal implements AutoCloseable {

    static final String USER = "lienthong-it";
    static final String PASSWORD = "it-portal-secret";
    private static final String SESSION_HEADER = "X-Portal-Session";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final int sessionUses;
    private final int errorEvery;
    private final int slowEvery;
    private final Duration slowBy;
    private volatile Duration lookUpLag = Duration.ZERO;
    private final Map<String, java.time.Instant> createdAt = new HashMap<>();

    private final Map<String, Integer> sessions = new HashMap<>();
    private final Map<String, JsonObject> dossiers = new HashMap<>();
    private final Map<String, List<Integer>> statusHistory = new HashMap<>();
    private final Map<String, TreeMap<Integer, JsonObject>> steps = new HashMap<>();
    private final Map<String, JsonObject> feedback = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger logIns = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();
    private final AtomicInteger alreadyExists = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();
    private volatile boolean down;

    StandInPortal(int port, int sessionUses, int errorEvery, int slowEvery, Duration slowBy) throws IOException {
        this.sessionUses = sessionUses;
        this.errorEvery = errorEvery;
        this.slowEvery = slowEvery;
        this.slowBy = slowBy;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(threads);
        server.createContext("/portal/", this::handle);
        server.start();
    }

    /**
     * The portal's look-up searches an index refreshed after writes: a dossier created less than this
     * ago is not found yet, so a client that looks up before creating meets "already exists".
     */
    void lookUpLag(Duration lag) {
        this.lookUpLag = lag;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Makes the portal's record of a dossier show another status, as a lost update would. */
    synchronized void drift(String code, int status) {
        dossiers.put(code, Json.createObjectBuilder(dossiers.get(code)).add("TrangThaiHoSo", status).build());
    }

    /** Loses the portal's record of a dossier altogether. */
    synchronized void forget(String code) {
        dossiers.remove(code);
        createdAt.remove(code);
    }

    /** While down, every call answers 503, as during the portal's maintenance windows. */
    void down(boolean down) {
        this.down = down;
    }

    synchronized Optional<JsonObject> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    /** The published answer to a citizen's feedback, as the portal holds it. */
    synchronized Optional<JsonObject> feedback(String code) {
        return Optional.ofNullable(feedback.get(code));
    }

    /** The statuses the portal's record of the dossier went through, repeats of the same status collapsed. */
    synchronized List<Integer> statusHistory(String code) {
        return List.copyOf(statusHistory.getOrDefault(code, List.of()));
    }

    /** The step-log entries, one per hub log number (a repeated push replaces, as the portal's does). */
    synchronized List<JsonObject> steps(String code) {
        return List.copyOf(steps.getOrDefault(code, new TreeMap<>()).values());
    }

    int logIns() {
        return logIns.get();
    }

    int errors() {
        return errors.get();
    }

    int slowAnswers() {
        return slow.get();
    }

    int alreadyExistsAnswers() {
        return alreadyExists.get();
    }

    int expiredSessions() {
        return expired.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = read(exchange.getRequestBody());
            if (down) {
                answer(exchange, 503, "{\"error\": \"MAINTENANCE\"}");
                return;
            }
            String path = exchange.getRequestURI().getRawPath().substring("/portal/".length());
            String method = exchange.getRequestMethod();
            if (path.equals("session") && method.equals("POST")) {
                logIn(exchange, body);
                return;
            }
            if (!sessionValid(exchange.getRequestHeaders().getFirst(SESSION_HEADER))) {
                answer(exchange, 401, "{\"error\": \"SESSION_EXPIRED\"}");
                return;
            }
            int n = calls.incrementAndGet();
            if (n % errorEvery == 0) {
                errors.incrementAndGet();
                answer(exchange, 500, "{\"error\": \"INTERNAL\"}");
                return;
            }
            Answer answer = serve(method, path, body);
            if (n % slowEvery == 0) {
                slow.incrementAndGet();
                pause(slowBy); // the work is done; the hub gives up before it hears so
            }
            answer(exchange, answer.status(), answer.body());
        }
    }

    private record Answer(int status, String body) {
    }

    private synchronized Answer serve(String method, String path, String body) {
        String[] parts = path.split("/");
        if (parts.length == 1 && parts[0].equals("dossiers") && method.equals("POST")) {
            JsonObject record = parse(body);
            String code = record.getString("MaHoSo");
            if (dossiers.containsKey(code)) {
                alreadyExists.incrementAndGet();
                return new Answer(409, "{\"error\": \"ALREADY_EXISTS\", \"message\": \"Hồ sơ đã tồn tại\"}");
            }
            store(code, record);
            createdAt.put(code, java.time.Instant.now());
            return new Answer(201, record.toString());
        }
        if (parts.length == 1 && parts[0].equals("feedback") && method.equals("POST")) {
            JsonObject record = parse(body);
            String code = record.getString("MaPhanAnh");
            if (feedback.containsKey(code)) {
                alreadyExists.incrementAndGet();
                return new Answer(409, "{\"error\": \"ALREADY_EXISTS\", \"message\": \"Phản ánh đã tồn tại\"}");
            }
            feedback.put(code, record);
            return new Answer(201, record.toString());
        }
        if (parts.length == 2 && parts[0].equals("feedback") && method.equals("PUT")) {
            String code = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            if (!feedback.containsKey(code)) {
                return new Answer(404, "{\"error\": \"NOT_FOUND\"}");
            }
            feedback.put(code, parse(body));
            return new Answer(200, body);
        }
        if (parts.length >= 2 && parts[0].equals("dossiers")) {
            String code = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            JsonObject known = dossiers.get(code);
            if (known == null) {
                return new Answer(404, "{\"error\": \"NOT_FOUND\"}");
            }
            if (parts.length == 2 && method.equals("GET")) {
                if (createdAt.get(code).plus(lookUpLag).isAfter(java.time.Instant.now())) {
                    return new Answer(404, "{\"error\": \"NOT_FOUND\"}");
                }
                return new Answer(200, known.toString());
            }
            if (parts.length == 2 && method.equals("PUT")) {
                store(code, parse(body));
                return new Answer(200, body);
            }
            if (parts.length == 3 && parts[2].equals("steps") && method.equals("POST")) {
                JsonObject step = parse(body);
                steps.computeIfAbsent(code, c -> new TreeMap<>()).put(step.getInt("SoThuTu"), step);
                return new Answer(201, body);
            }
        }
        return new Answer(404, "{\"error\": \"NO_SUCH_SERVICE\"}");
    }

    private void store(String code, JsonObject record) {
        dossiers.put(code, record);
        List<Integer> history = statusHistory.computeIfAbsent(code, c -> new ArrayList<>());
        int status = record.getInt("TrangThaiHoSo");
        if (history.isEmpty() || history.get(history.size() - 1) != status) {
            history.add(status);
        }
    }

    private void logIn(HttpExchange exchange, String body) throws IOException {
        JsonObject credentials = parse(body);
        if (!USER.equals(credentials.getString("username", "")) || !PASSWORD.equals(credentials.getString("password", ""))) {
            answer(exchange, 403, "{\"error\": \"BAD_CREDENTIALS\"}");
            return;
        }
        String session = UUID.randomUUID().toString();
        synchronized (this) {
            sessions.put(session, 0);
        }
        logIns.incrementAndGet();
        answer(exchange, 200, Json.createObjectBuilder().add("session", session).build().toString());
    }

    private synchronized boolean sessionValid(String session) {
        if (session == null || !sessions.containsKey(session)) {
            return false;
        }
        int used = sessions.merge(session, 1, Integer::sum);
        if (used > sessionUses) {
            sessions.remove(session);
            expired.incrementAndGet();
            return false;
        }
        return true;
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // The hub gave up waiting (a slow answer); the portal's work is done all the same.
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.lienthong.it.crash;

import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The production configuration's third node, which the crash tests start, kill with SIGKILL and start
 * again with Liberty's own scripts, as an operator's supervisor would.
 */
public final class CrashServer {

    private final Path wlp;
    private final String server;
    private final String baseUrl;

    public CrashServer(Path wlp, String server, String baseUrl) {
        this.wlp = wlp;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** The node of the build's configuration (properties set by the ear module's failsafe execution). */
    public static CrashServer ofThisBuild() {
        return new CrashServer(Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp")),
                System.getProperty("crash.server.name", "lienthong-crash"),
                System.getProperty("crash.base.url", "http://localhost:9580"));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Starts the server and waits until the application answers an authenticated call. */
    public void start() throws IOException, InterruptedException, TimeoutException {
        start(Duration.ofMinutes(3));
    }

    /**
     * As {@link #start()}, waiting up to {@code limit} for each of the start command and the
     * application (several servers starting side by side on a small machine take longer).
     */
    public void start(Duration limit) throws IOException, InterruptedException, TimeoutException {
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("usr/servers/" + server + "-harness.log").toFile()))
                .start();
        if (!start.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            throw new TimeoutException("server start did not return");
        }
        Instant deadline = Instant.now().plus(limit);
        AgencyClient probe = Hub.at(baseUrl, "000.00.00.G22");
        while (Instant.now().isBefore(deadline)) {
            try {
                if (probe.get("/api/v1/agencies/000.00.00.G22").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new TimeoutException("the application did not come up");
    }

    /** SIGKILL: no shutdown hook, no clean close of files, connections or transactions. */
    public void kill() throws IOException {
        Path pidFile = wlp.resolve("usr/servers/.pid/" + server + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        jvm.destroyForcibly();
        jvm.onExit().join();
    }

    public void stop() {
        try {
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", server).inheritIO().start()
                    .waitFor(3, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

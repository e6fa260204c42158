package vn.lienthong.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Stops and starts the Liberty server under test with its own scripts, as an operator would. */
public final class ServerControl {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("it.server.name", "lienthong-it");

    private ServerControl() {
    }

    public static void restart() {
        server("stop");
        server("start");
        awaitReady(Duration.ofSeconds(180));
    }

    private static void server(String command) {
        Path log = WLP.resolve("usr/servers").resolve(SERVER).resolve("logs/it-server-" + command + ".log");
        try {
            log.getParent().toFile().mkdirs();
            Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), command, SERVER)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + command + " did not finish within 180 s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("server " + command + " exited with " + process.exitValue() + "; see " + log);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run server " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the application answers an authenticated call. */
    public static void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        AgencyClient probe = Hub.as("000.00.00.G22");
        while (Instant.now().isBefore(deadline)) {
            try {
                if (probe.get("/api/v1/agencies/000.00.00.G22").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the HTTP endpoint is not open yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The application did not come back within " + timeout);
    }
}

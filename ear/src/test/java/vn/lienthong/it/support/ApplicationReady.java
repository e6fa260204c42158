package vn.lienthong.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Waits, once per test run, until the servers under test report ready (MicroProfile Health
 * readiness answers 200 only once the application has started). The build's liberty:start returns
 * when the server is up; on a busy machine the application can take a minute or two more, and a
 * test must not mistake "not started yet" for a failure. Registered for every test class by
 * JUnit's extension auto-detection (junit-platform.properties).
 */
public final class ApplicationReady implements BeforeAllCallback {

    private static final long TIMEOUT_SECONDS = 300;
    private static volatile boolean ready;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        if (ready) {
            return;
        }
        synchronized (ApplicationReady.class) {
            if (ready) {
                return;
            }
            List<String> servers = new ArrayList<>(List.of(Hub.BASE_URL));
            if (System.getProperty("it.second.base.url") != null) {
                servers.add(Hub.SECOND_BASE_URL);
            }
            for (String server : servers) {
                await(server);
            }
            ready = true;
        }
    }

    private static void await(String server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                if (Hub.send(HttpRequest.newBuilder(Hub.uri(server, "/health/ready")).GET()).status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // connection refused while the server starts: ask again
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(server + " did not report ready within " + TIMEOUT_SECONDS + " s");
    }
}

package vn.lienthong.it.crash;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash test of docs/reliability.md, in its short form for every build: SIGKILL the server at
 * random moments while clients submit, restart it, and account for every document. The full run
 * is the same test with more kills and documents (-Dcrash.kills=10 -Dcrash.documents=20000).
 */
@Tag("production-configuration")
class CrashIT {

    private final CrashHarness harness = new CrashHarness(
            Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp")),
            System.getProperty("crash.server.name", "lienthong-crash"),
            System.getProperty("crash.base.url", "http://localhost:9580"),
            Integer.getInteger("crash.documents", 2000),
            Integer.getInteger("crash.kills", 2),
            Integer.getInteger("crash.threads", 6),
            Long.getLong("crash.seed", System.nanoTime()));

    @Test
    void everyAcceptedDocumentSurvivesSigkillsExactlyOnceAndNoRefusedOneAppears() throws Exception {
        CrashHarness.Result result = harness.run();

        System.out.println("CRASH TEST: " + result);
        harness.refusalReasons().forEach((reason, example) -> System.out.println("CRASH TEST refused " + reason + ": " + example));
        assertThat(result.kills()).isGreaterThanOrEqualTo(Integer.getInteger("crash.kills", 2));
        assertThat(result.accepted()).as("documents accepted").isPositive();
        assertThat(result.lost()).as("accepted documents lost, or refused documents kept").isZero();
        assertThat(result.duplicated()).as("documents in an inbox twice").isZero();
    }

    @AfterEach
    void stopTheServer() {
        harness.stopServer();
    }
}

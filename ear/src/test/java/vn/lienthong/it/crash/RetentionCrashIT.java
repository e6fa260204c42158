package vn.lienthong.it.crash;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.RetentionCalls;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retention run killed mid-way (issue 19): the server running it dies by SIGKILL between chunks; when
 * it comes back, Liberty's batch recovery marks the run failed, an administrator restarts it, and the
 * same job instance finishes from its last checkpoint. Every package ends in the archive exactly as sent,
 * counted once across the executions, and the message log still verifies.
 */
@Tag("production-configuration")
class RetentionCrashIT {

    /** The crash node's own administrator password: it is a real deployment without development defaults. */
    private static final String CRASH_ADMIN_PASSWORD = System.getProperty("crash.admin.password", "lienthong-it-admin");
    private static final int DOCUMENTS = 8;

    private final CrashServer server = CrashServer.ofThisBuild();
    private final AgencyClient admin = Hub.signedInAt(server.baseUrl(), Hub.ADMIN_USER, CRASH_ADMIN_PASSWORD);
    private final AgencyClient sender = Hub.at(server.baseUrl(), "000.00.00.G22");
    private final AgencyClient recipient = Hub.at(server.baseUrl(), "000.00.00.H41");
    private final RetentionCalls retention = new RetentionCalls(admin);
    private String category;

    @Test
    void aRunKilledWithItsServerIsRestartedAndFinishesEveryDocumentOnce() throws Exception {
        server.start();
        category = retention.rule("ITK9-" + UUID.randomUUID().toString().substring(0, 8), 0, "ARCHIVE");
        List<String> ids = new ArrayList<>();
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] bytes = RetentionCalls.packageOf(category, sender.code(), recipient.code());
            sent.add(bytes);
            ids.add(RetentionCalls.send(sender, bytes));
        }
        ids.forEach(recipient::awaitInInbox);

        // One document per chunk and a second's pause after each: the kill lands between checkpoints, or inside one.
        long first = retention.start(List.of(category), 1, "1s").getJsonNumber("executionId").longValue();
        retention.awaitArchived(ids, 2);
        server.kill();
        server.start();

        JsonObject recovered = retention.run(first);
        assertThat(recovered.getString("batchStatus")).as("the killed run after the restart: %s", recovered).isEqualTo("FAILED");
        long movedBeforeKill = retention.archived(ids);
        assertThat(movedBeforeKill).as("killed part-way").isBetween(2L, (long) DOCUMENTS - 1);

        HubResponse restart = admin.postJson("/api/v1/admin/retention/runs/" + first + "/restart", "{}");
        assertThat(restart.status()).as("restart answered %s", restart).isEqualTo(202);
        JsonObject finished = retention.finished(restart.json().getJsonNumber("executionId").longValue());
        System.out.println("RETENTION CRASH TEST: killed after " + movedBeforeKill + " of " + DOCUMENTS
                + " archived; restart " + finished);
        assertThat(finished.getString("batchStatus")).isEqualTo("COMPLETED");
        assertThat(finished.getJsonNumber("instanceId").longValue()).as("the same job instance")
                .isEqualTo(recovered.getJsonNumber("instanceId").longValue());
        assertThat(finished.getString("exitStatus")).as("each document counted once across the executions")
                .isEqualTo("archived=" + DOCUMENTS + " purged=0 kept=0");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(retention.state(ids.get(i)).getString("location")).isEqualTo("ARCHIVE");
            assertThat(recipient.fetch(ids.get(i)).body()).as("archived byte for byte").isEqualTo(sent.get(i));
        }
        HubResponse chain = admin.get("/api/v1/admin/evidence/chain");
        assertThat(chain.status()).as("%s", chain).isEqualTo(200);
        assertThat(chain.json().getBoolean("intact")).as("the message log after the kill: %s", chain).isTrue();
    }

    @AfterEach
    void cleanUp() {
        try {
            if (category != null) {
                retention.removeRule(category);
            }
        } finally {
            server.stop();
        }
    }
}

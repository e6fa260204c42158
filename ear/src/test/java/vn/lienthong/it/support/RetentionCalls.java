package vn.lienthong.it.support;

import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention calls of docs/operations.md ("Retention") as an administrator makes them, and the
 * packages the retention tests send: each of a category of the test's own (an edXML TypeDetail no one
 * else sends), so runs limited to those categories never touch other tests' documents.
 */
public final class RetentionCalls {

    private static final Set<String> FINAL = Set.of("COMPLETED", "STOPPED", "FAILED", "ABANDONED");

    private final AgencyClient admin;

    public RetentionCalls(AgencyClient admin) {
        this.admin = admin;
    }

    /** Sets the rule of category {@code 1.<detail>} and answers the category. */
    public String rule(String detail, int days, String disposal) {
        String category = "1." + detail;
        HubResponse set = admin.putJson("/api/v1/admin/retention/rules/" + category,
                "{\"periodDays\": " + days + ", \"disposal\": \"" + disposal + "\"}");
        assertThat(set.status()).as("rule answered %s", set).isEqualTo(200);
        return category;
    }

    public void removeRule(String category) {
        admin.delete("/api/v1/admin/retention/rules/" + category);
    }

    /** A package from {@code sender} to {@code recipient} whose DocumentType names the category {@code 1.<detail>}. */
    public static byte[] packageOf(String category, String sender, String recipient) {
        String detail = category.substring(2);
        String xml = Packages.document(sender, recipient).xml()
                .replace("<edXML:Type>1</edXML:Type>", "<edXML:Type>1</edXML:Type><edXML:TypeDetail>" + detail + "</edXML:TypeDetail>");
        assertThat(xml).contains(detail);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Submits the package and answers the hub's document id. */
    public static String send(AgencyClient sender, byte[] bytes) {
        HubResponse accepted = sender.postXml("/api/v1/documents", bytes);
        assertThat(accepted.status()).as("submission answered %s", accepted).isEqualTo(201);
        return accepted.json().getString("documentId");
    }

    /** Starts a run limited to the categories; answers the run as the start call gives it. */
    public JsonObject start(List<String> categories, int itemCount, String pause) {
        HubResponse started = admin.postJson("/api/v1/admin/retention/runs", "{\"categories\": [\"" + String.join("\",\"", categories)
                + "\"], \"itemCount\": " + itemCount + ", \"pause\": \"" + pause + "\"}");
        assertThat(started.status()).as("start answered %s", started).isEqualTo(202);
        return started.json();
    }

    public JsonObject run(long executionId) {
        HubResponse run = admin.get("/api/v1/admin/retention/runs/" + executionId);
        assertThat(run.status()).as("run answered %s", run).isEqualTo(200);
        return run.json();
    }

    public JsonObject finished(JsonObject run) {
        return finished(run.getJsonNumber("executionId").longValue());
    }

    /** The run once it has ended (completed, stopped, failed or abandoned). */
    public JsonObject finished(long executionId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = run(executionId);
            if (FINAL.contains(run.getString("batchStatus"))) {
                return run;
            }
            sleep(200);
        }
        throw new AssertionError("Retention run " + executionId + " did not finish within 90 s");
    }

    /** Waits until at least {@code atLeast} of the documents are in the archive. */
    public void awaitArchived(List<String> ids, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (archived(ids) >= atLeast) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("Fewer than " + atLeast + " packages were archived within 60 s");
    }

    public long archived(List<String> ids) {
        return ids.stream().filter(id -> state(id).getString("location").equals("ARCHIVE")).count();
    }

    /** Where the document's package is (DATABASE, ARCHIVE, PURGED), its hold and the rule that moved it. */
    public JsonObject state(String id) {
        HubResponse state = admin.get("/api/v1/admin/retention/documents/" + id);
        assertThat(state.status()).as("state answered %s", state).isEqualTo(200);
        return state.json();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

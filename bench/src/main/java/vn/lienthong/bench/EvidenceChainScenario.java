package vn.lienthong.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;

/**
 * How fast the hub verifies its message log (docs/evidence.md): the administrators' chain check
 * ({@code GET /admin/evidence/chain}) walks every entry from the first, recomputing each hash, and every
 * signed head; run {@code bench.evidence.rounds} times (default 3) against the log as it stands, e.g.
 * right after a max-rate run has filled it. Prints the entries checked and the entries per second.
 */
final class EvidenceChainScenario {

    private static final String PATH = "/admin/evidence/chain";

    private final BenchSettings settings;
    private final PrintStream out;

    EvidenceChainScenario(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        String user = System.getProperty("bench.admin.user", "admin");
        String password = System.getProperty("bench.admin.password", "lienthong-dev-admin");
        int rounds = Integer.getInteger("bench.evidence.rounds", 3);
        try (HubClient admin = new HubClient(settings.baseUrl(), password)) {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                HttpResponse<String> response = admin.get(user, PATH);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(PATH + " answered " + response.statusCode() + ": " + response.body());
                }
                JsonObject report = Json.createReader(new StringReader(response.body())).readObject();
                long entries = report.getJsonNumber("entriesChecked").longValue();
                out.printf("round %d: intact=%s, %d entries and %d signed heads checked in %.2f s: %.0f entries/s%n", round,
                        report.getBoolean("intact"), entries, report.getJsonNumber("headsChecked").longValue(), seconds,
                        entries / seconds);
                if (!report.getBoolean("intact")) {
                    throw new IllegalStateException("The chain is broken: " + report);
                }
            }
        }
    }
}

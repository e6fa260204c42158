package vn.lienthong.it.evidence;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lienthong.evidence.verification.ChainVerifierCommand;
import vn.lienthong.it.support.Hub;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with access to the database edits one entry of the message log directly: the admin REST
 * verification and the offline command both name that entry, and once the row is put back the chain
 * verifies again. Production configuration only: the embedded Derby is opened by the server's JVM
 * alone (embedded Derby admits one process), so a test cannot write to it from outside; PostgreSQL is
 * reached over JDBC like any operator's tool would.
 */
@Tag("production-configuration")
class EvidenceTamperingIT {

    private static final String URL = "jdbc:postgresql://127.0.0.1:" + System.getProperty("prod.db.port") + "/lienthong";
    private static final String USER = "lienthong";
    private static final String PASSWORD = "lienthong-it-only"; // the throwaway password of the test cluster (services.sh)

    @Test
    void theJourneyIsInTheLogEntryByEntryInTheOrderItHappened() throws SQLException {
        EvidenceChainIT.Journey journey = EvidenceChainIT.journey(Hub.as(EvidenceChainIT.SENDER), Hub.as(EvidenceChainIT.RECIPIENT));
        EvidenceChainIT.verify(); // seals what the journey committed: its entries are then chain rows

        try (Connection db = connect();
             PreparedStatement entries = db.prepareStatement(
                     "SELECT kind, agency_code, detail FROM evidence_entry WHERE document_id = ? ORDER BY sequence_no")) {
            entries.setString(1, journey.documentId());
            List<String> found = new ArrayList<>();
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            assertThat(found.get(0)).as("the accepted entry names the package's SHA-256")
                    .matches("accepted " + java.util.regex.Pattern.quote(journey.sender()) + " new sha256=[0-9a-f]{64}");
            assertThat(found.subList(1, found.size())).containsExactly(
                    "delivered " + journey.recipient() + " null",
                    "fetched " + journey.recipient() + " null",
                    "acknowledged " + journey.recipient() + " done",
                    "status " + journey.recipient() + " 01",
                    "status " + journey.recipient() + " 03");
        }
    }

    @Test
    void aRowEditedInTheDatabaseIsNamedByTheRestCallAndTheOfflineCommand() throws Exception {
        EvidenceChainIT.Journey journey = EvidenceChainIT.journey(Hub.as(EvidenceChainIT.SENDER), Hub.as(EvidenceChainIT.RECIPIENT));
        Path hubCertificate = Files.createTempFile("hub", ".pem");
        Files.writeString(hubCertificate, Hub.admin().get("/api/v1/hub/certificate").text());
        EvidenceChainIT.verify(); // seals what the journey committed: its entries are then chain rows

        try (Connection db = connect()) {
            long edited = sequenceOf(db, journey.documentId(), "status");
            String original = detailOf(db, edited);
            setDetail(db, edited, "06"); // a status 03 rewritten as 06 (completed)
            try {
                JsonObject report = EvidenceChainIT.verify();
                assertThat(report.getBoolean("intact")).isFalse();
                JsonObject broken = report.getJsonObject("firstBroken");
                assertThat(broken.getJsonNumber("sequence").longValue()).isEqualTo(edited);
                assertThat(broken.getString("reason")).isEqualTo("FIELDS_CHANGED");
                assertThat(broken.getString("explanationVi")).contains(String.valueOf(edited));
                assertThat(report.getJsonNumber("entriesChecked").longValue()).isEqualTo(edited - 1);

                Command broken1 = command(hubCertificate);
                assertThat(broken1.status()).as(broken1.output()).isEqualTo(1);
                assertThat(broken1.output()).contains("First broken entry: " + edited + " (FIELDS_CHANGED)");
            } finally {
                setDetail(db, edited, original);
            }
            assertThat(EvidenceChainIT.verify().getBoolean("intact")).as("the row put back").isTrue();
            Command intact = command(hubCertificate);
            assertThat(intact.status()).as(intact.output()).isEqualTo(0);
            assertThat(intact.output()).startsWith("INTACT");
        } finally {
            Files.deleteIfExists(hubCertificate);
        }
    }

    private record Command(int status, String output) {
    }

    private static Command command(Path hubCertificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ChainVerifierCommand.run(new String[]{URL, USER, hubCertificate.toString()},
                Map.of(ChainVerifierCommand.PASSWORD_VARIABLE, PASSWORD), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Command(status, out.toString(StandardCharsets.UTF_8));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static long sequenceOf(Connection db, String document, String kind) throws SQLException {
        try (PreparedStatement find = db.prepareStatement(
                "SELECT MAX(sequence_no) FROM evidence_entry WHERE document_id = ? AND kind = ?")) {
            find.setString(1, document);
            find.setString(2, kind);
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static String detailOf(Connection db, long sequence) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT detail FROM evidence_entry WHERE sequence_no = ?")) {
            find.setLong(1, sequence);
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static void setDetail(Connection db, long sequence, String detail) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE evidence_entry SET detail = ? WHERE sequence_no = ?")) {
            update.setString(1, detail);
            update.setLong(2, sequence);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

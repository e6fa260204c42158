package vn.lienthong.evidence.verification;

import vn.lienthong.evidence.chain.ChainLink;
import vn.lienthong.evidence.head.SignedHeadView;
import vn.lienthong.evidence.log.EvidenceEntry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier (docs/evidence.md): reads the message log straight from the database over
 * JDBC, with no server running, and walks it with the same {@link ChainVerifier} as the admin REST
 * call, checking signed heads against the hub certificate given.
 *
 * <pre>
 * LIENTHONG_DB_PASSWORD=… java -cp lienthong-ejb.jar:postgresql.jar:bcprov-jdk18on.jar:bcpkix-jdk18on.jar:bcutil-jdk18on.jar \
 *     vn.lienthong.evidence.verification.ChainVerifierCommand jdbc:postgresql://db:5432/lienthong lienthong hub.pem
 * </pre>
 *
 * Exit status 0: intact; 1: broken (the first broken entry is printed); 2: wrong use or no database.
 */
public final class ChainVerifierCommand {

    /** The password is read from the environment, never from the command line (where {@code ps} shows it). */
    public static final String PASSWORD_VARIABLE = "LIENTHONG_DB_PASSWORD";
    static final String HEAD_SQL = "SELECT last_sequence FROM evidence_chain_head WHERE id = 1";
    static final String LAST_SIGNED_SQL = "SELECT MAX(id) FROM evidence_signed_head";
    /** Entries committed with their events but not linked yet: the chain checked here does not cover them. */
    static final String PENDING_SQL = "SELECT COUNT(*) FROM evidence_pending";
    static final String SIGNED_PAGE_SQL = "SELECT id, sequence_no, chain_hash, signed_at, cms_base64, timestamped "
            + "FROM evidence_signed_head WHERE sequence_no > ? OR (sequence_no = ? AND id > ?) ORDER BY sequence_no, id";

    private ChainVerifierCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /** The command without leaving the JVM: answers the exit status. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length != 3) {
            out.println("usage: ChainVerifierCommand <jdbc-url> <user> <hub-certificate.pem>   (password in " + PASSWORD_VARIABLE + ")");
            return 2;
        }
        X509Certificate hub;
        try {
            hub = certificate(Path.of(args[2]));
        } catch (IOException | CertificateException e) {
            out.println("Cannot read the hub certificate " + args[2] + ": " + e.getMessage());
            return 2;
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], environment.getOrDefault(PASSWORD_VARIABLE, ""))) {
            ChainReport report = verify(db, hub);
            print(report, out);
            long pending = single(db, PENDING_SQL);
            if (pending > 0) {
                // Not a break: a running server seals them within lienthong.evidence.seal.interval; a stopped one at its next start.
                out.println(pending + " entries written but not sealed into the chain yet, not checked / " + pending
                        + " mục đã ghi nhưng chưa được niêm phong vào chuỗi, chưa được kiểm tra");
            }
            return report.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println("Cannot read the message log from " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    /** Walks the log of the database behind {@code db}, in pages, as {@code EvidenceVerification} does. */
    public static ChainReport verify(Connection db, X509Certificate hub) throws SQLException {
        long lastHeadId = single(db, LAST_SIGNED_SQL);
        long upTo = single(db, HEAD_SQL);
        try (PreparedStatement links = db.prepareStatement(EvidenceEntry.PAGE_AFTER_SQL);
             PreparedStatement heads = db.prepareStatement(SIGNED_PAGE_SQL)) {
            links.setMaxRows(EvidenceVerification.PAGE);
            heads.setMaxRows(EvidenceVerification.PAGE);
            Iterator<ChainLink> chain = new Pages<>(links(links, 0), l -> links(links, l.sequence()));
            Iterator<HeadClaim> claims = new SignedUpTo(new Pages<>(heads(heads, 0, 0), h -> heads(heads, h.sequence(), h.id())),
                    lastHeadId, hub);
            return ChainVerifier.verify(chain, claims, upTo);
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    private static List<ChainLink> links(PreparedStatement page, long after) {
        try {
            page.setLong(1, after);
            List<ChainLink> links = new ArrayList<>();
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    links.add(new ChainLink(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getString(9)));
                }
            }
            return links;
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static List<SignedHeadView> heads(PreparedStatement page, long sequence, long id) {
        try {
            page.setLong(1, sequence);
            page.setLong(2, sequence);
            page.setLong(3, id);
            List<SignedHeadView> heads = new ArrayList<>();
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(4);
                    heads.add(new SignedHeadView(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            at.toLocalDateTime().toInstant(ZoneOffset.UTC), Base64.getDecoder().decode(rows.getString(5)),
                            rows.getBoolean(6)));
                }
            }
            return heads;
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    static void print(ChainReport report, PrintStream out) {
        out.println((report.intact() ? "INTACT" : "BROKEN") + ": " + report.entriesChecked() + " entries and "
                + report.headsChecked() + " signed heads checked, up to entry " + report.lastSequence());
        report.firstBreak().ifPresent(b -> {
            out.println("First broken entry: " + b.sequence() + " (" + b.reason() + ")");
            out.println("  " + b.explanationEn());
            out.println("  " + b.explanationVi());
        });
        report.lastSignedHead().ifPresent(h -> out.println("Last signed head: entry " + h.sequence() + " " + h.hash()
                + ", signed " + h.signedAt() + h.timestampTime().map(t -> ", timestamped (RFC 3161) " + t).orElse(", not timestamped")));
    }

    private static X509Certificate certificate(Path pem) throws IOException, CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    }

    /** An SQL failure inside a page read, carried out of the iterator and thrown as what it is. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}

package vn.lienthong.directory.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.ExpiringStates;
import vn.lienthong.platform.crypto.Sha256;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Checks the secret an agency's software presents. On every request the agency's credential and
 * active flag are read from the database (one primary-key join), so a deactivation, a reset or
 * the end of a grace period takes effect at once on every server. What is remembered is only the
 * expensive part: a PBKDF2 check costs tens of milliseconds by design, and agency software sends
 * a request per document, so the verdict on a secret (kept as a SHA-256 of it, never the secret)
 * is remembered for a few minutes together with the credential's {@link AgencyCredential#stamp
 * stamp} it was checked against, and reused only while that stamp is unchanged.
 */
@ApplicationScoped
public class AgencyAuthenticator {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 50_000;

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    /** A secret's verdict: the credential stamp it was checked against, and what it matched. */
    private record Verdict(String stamp, AgencyCredential.Match match, Instant until) {
    }

    private final ExpiringStates<String, Verdict> verdicts = new ExpiringStates<>("remembered secret checks",
            MOST_REMEMBERED, (verdict, now) -> !verdict.until().isAfter(now));

    /** Whether the secret signs the agency named by {@code code} in, and with which of its secrets. */
    public SecretCheck check(String code, char[] secret) {
        Optional<AgencyCode> agency = AgencyCode.tryParse(code);
        if (agency.isEmpty() || secret == null || secret.length == 0) {
            return SecretCheck.REFUSED;
        }
        Optional<AgencyCredential> credential = activeCredential(agency.get());
        if (credential.isEmpty()) {
            return SecretCheck.REFUSED;
        }
        Instant now = clock.instant();
        String stamp = credential.get().stamp(now);
        String key = agency.get().value() + " " + sha256(secret);
        Optional<Verdict> known = verdicts.get(key, now).filter(v -> v.stamp().equals(stamp));
        if (known.isPresent()) {
            return outcome(known.get().match(), true);
        }
        AgencyCredential.Match match = credential.get().match(secret, now);
        verdicts.update(key, now, old -> new Verdict(stamp, match, now.plus(REMEMBER_FOR)));
        return outcome(match, false);
    }

    private static SecretCheck outcome(AgencyCredential.Match match, boolean remembered) {
        return switch (match) {
            case CURRENT -> SecretCheck.CURRENT_SECRET;
            case PREVIOUS -> SecretCheck.PREVIOUS_SECRET;
            case NONE -> remembered ? SecretCheck.REFUSED_AGAIN : SecretCheck.REFUSED;
        };
    }

    private Optional<AgencyCredential> activeCredential(AgencyCode agency) {
        List<Object[]> rows = em.createNamedQuery(AgencyCredential.FOR_SIGN_IN, Object[].class)
                .setParameter("code", agency.value()).getResultList();
        return rows.stream().filter(row -> Boolean.TRUE.equals(row[1])).map(row -> (AgencyCredential) row[0]).findFirst();
    }

    private static String sha256(char[] secret) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        try {
            MessageDigest md = Sha256.newDigest();
            md.update(bytes);
            return Base64.getEncoder().encodeToString(md.digest());
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}

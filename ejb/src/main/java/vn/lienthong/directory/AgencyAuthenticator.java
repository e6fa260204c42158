package vn.lienthong.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks the secret an agency's software presents. A PBKDF2 check costs tens of milliseconds by
 * design, and agency software sends a request per document; so a successful check is remembered
 * for a few minutes as a SHA-256 of the secret, and a repeat of the same secret within that time
 * costs one hash. A wrong secret is never remembered, and an inactive agency never signs in.
 */
@ApplicationScoped
public class AgencyAuthenticator {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(byte[] secretDigest, Instant until) {
    }

    /** The agency the caller is, when the code names an active agency and the secret is its own. */
    public Optional<AgencyCode> authenticate(String code, char[] secret) {
        Optional<AgencyCode> agency = AgencyCode.tryParse(code);
        if (agency.isEmpty() || secret == null || secret.length == 0) {
            return Optional.empty();
        }
        String key = agency.get().value();
        byte[] digest = sha256(secret);
        Instant now = clock.instant();
        Remembered known = remembered.get(key);
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.secretDigest(), digest)) {
            return agency;
        }
        Agency found = em.find(Agency.class, key);
        AgencyCredential credential = em.find(AgencyCredential.class, key);
        if (found == null || !found.isActive() || credential == null
                || !SecretHasher.matches(secret, credential.secretHash())) {
            return Optional.empty();
        }
        remembered.put(key, new Remembered(digest, now.plus(REMEMBER_FOR)));
        return agency;
    }

    /** Forget what was remembered for this agency: its secret changed or it was deactivated. */
    public void forget(AgencyCode agency) {
        remembered.remove(agency.value());
    }

    private static byte[] sha256(char[] secret) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}

package vn.lienthong.directory.credential;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.directory.change.DirectoryChangeRefusedException;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.time.Durations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Setting agencies' secrets. An agency rotates its own: the one it replaces keeps signing in for
 * the grace period ({@code lienthong.auth.secret-grace}), so each of its machines can be switched
 * in turn. An administrator resets one (every earlier secret stops at once: a secret that leaked)
 * or rotates it like the agency would. Without a chosen secret the hub generates one. The change
 * is read by every server on the agency's next request (AgencyAuthenticator).
 */
@Stateless
public class AgencySecrets {

    private static final Logger LOG = Logger.getLogger(AgencySecrets.class.getName());
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    private static final int GENERATED_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lienthong.auth.secret-grace", defaultValue = "24h")
    String grace;

    /**
     * The signed-in agency sets its own new secret.
     *
     * @param withPreviousSecret the caller signed in with the secret an earlier rotation replaced
     */
    public SecretChange rotateOwn(AgencyCode agency, boolean withPreviousSecret, Optional<char[]> chosen) {
        if (withPreviousSecret) {
            throw new CurrentSecretRequiredException(agency);
        }
        return change(agency, chosen, graceDuration(), agency.value());
    }

    /** Administrators only: a peer hub's account may not set its agencies' secrets here. */
    public SecretChange setByAdministrator(AgencyCode agency, Optional<char[]> chosen, boolean keepPrevious, Caller caller) {
        return setByAdministrator(agency, chosen, keepPrevious, caller.requireAdministrator("set an agency's secret",
                "đặt mật khẩu của cơ quan"));
    }

    /** An administrator sets an agency's secret: a reset, unless {@code keepPrevious} grants the grace period. */
    public SecretChange setByAdministrator(AgencyCode agency, Optional<char[]> chosen, boolean keepPrevious, String actor) {
        SecretChange change = change(agency, chosen, keepPrevious ? graceDuration() : Duration.ZERO, actor);
        // Never the secret itself, not even a generated one: only that it changed and how long the old one holds.
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("changedAt", change.changedAt().toString());
        after.put("chosenBy", chosen.isPresent() ? "administrator" : "generated");
        after.put("previousValidUntil", change.previousValidUntil().map(Instant::toString).orElse("none"));
        audit.record(actor, "directory.secret-set", agency.value(), null, after);
        return change;
    }

    /** A secret an agency may be given: long enough to withstand guessing, short enough to hash. */
    public static char[] checked(char[] secret) {
        if (secret.length < MIN_LENGTH) {
            throw new InvalidRequestException("secret", "the secret must have at least " + MIN_LENGTH + " characters",
                    "mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự");
        }
        if (secret.length > MAX_LENGTH) {
            throw new InvalidRequestException("secret", "the secret must have at most " + MAX_LENGTH + " characters",
                    "mật khẩu không được dài quá " + MAX_LENGTH + " ký tự");
        }
        return secret;
    }

    private SecretChange change(AgencyCode code, Optional<char[]> chosen, Duration keepPreviousFor, String actor) {
        Agency agency = em.find(Agency.class, code.value());
        if (agency == null) {
            throw new UnknownAgencyException(code);
        }
        if (!agency.isActive()) {
            throw DirectoryChangeRefusedException.retired(code, "code");
        }
        char[] secret = chosen.map(AgencySecrets::checked).orElseGet(AgencySecrets::generated);
        Instant now = clock.instant();
        String hash = SecretHasher.hash(secret);
        AgencyCredential credential = em.find(AgencyCredential.class, code.value(), LockModeType.PESSIMISTIC_WRITE);
        if (credential == null) {
            credential = new AgencyCredential(code, hash, now);
            em.persist(credential);
        } else {
            credential.rotate(hash, now, keepPreviousFor);
        }
        Optional<Instant> previousUntil = credential.previousValidUntil(now);
        LOG.log(Level.INFO, "Secret of {0} changed by {1}; the previous one {2}", new Object[]{code, actor,
                previousUntil.map(until -> "signs in until " + until).orElse("no longer signs in")});
        Optional<String> generated = chosen.isEmpty() ? Optional.of(new String(secret)) : Optional.empty();
        Arrays.fill(secret, '\0');
        return new SecretChange(code, now, previousUntil, generated);
    }

    private Duration graceDuration() {
        return Durations.parse(grace);
    }

    private static char[] generated() {
        byte[] random = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }
}

package vn.lienthong.directory.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The secret an agency's software signs in with, kept only as a salted hash
 * ({@link SecretHasher}). One per agency. When the secret is rotated, the one it replaces keeps
 * signing in until the end of a grace period, so that every machine of the agency can be updated
 * without an outage; a reset ends the old secret at once.
 */
@Entity
@Table(name = "agency_credential")
@NamedQuery(name = AgencyCredential.FOR_SIGN_IN,
        query = "select c, a.active from AgencyCredential c, Agency a where c.agencyCode = :code and a.code = c.agencyCode")
public class AgencyCredential {

    /** The credential with its agency's active flag, in one round trip (checked on every request). */
    static final String FOR_SIGN_IN = "AgencyCredential.forSignIn";

    /** Which of the stored secrets a presented secret is. */
    public enum Match { CURRENT, PREVIOUS, NONE }

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "secret_hash", nullable = false, length = 200)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "previous_secret_hash", length = 200)
    private String previousSecretHash;

    @Column(name = "previous_valid_until")
    private Instant previousValidUntil;

    protected AgencyCredential() {
        // for JPA
    }

    public AgencyCredential(AgencyCode agency, String secretHash, Instant now) {
        this.agencyCode = agency.value();
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = now;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public String secretHash() {
        return secretHash;
    }

    /** When the current secret was set. */
    public Instant changedAt() {
        return createdAt;
    }

    /** The end of the previous secret's grace period, while it still signs in. */
    public Optional<Instant> previousValidUntil(Instant now) {
        return previousSecretHash != null && previousValidUntil != null && previousValidUntil.isAfter(now)
                ? Optional.of(previousValidUntil) : Optional.empty();
    }

    /** The secret is the current one, the previous one within its grace period, or neither (the expensive check). */
    public Match match(char[] secret, Instant now) {
        if (SecretHasher.matches(secret, secretHash)) {
            return Match.CURRENT;
        }
        if (previousValidUntil(now).isPresent() && SecretHasher.matches(secret, previousSecretHash)) {
            return Match.PREVIOUS;
        }
        return Match.NONE;
    }

    /**
     * What the credential accepts at {@code now}, as a string that changes whenever the answer to
     * {@link #match} could: a new secret, a reset, the end of a grace period. A check remembered
     * together with this stamp is still true while the stamp is unchanged.
     */
    public String stamp(Instant now) {
        return secretHash + previousValidUntil(now).map(until -> " " + previousSecretHash).orElse("");
    }

    /** A new secret; the replaced one keeps signing in for {@code grace} (not at all when zero). */
    public void rotate(String newSecretHash, Instant now, Duration grace) {
        if (grace.isNegative() || grace.isZero()) {
            reset(newSecretHash, now);
            return;
        }
        this.previousSecretHash = secretHash;
        this.previousValidUntil = now.plus(grace);
        this.secretHash = Objects.requireNonNull(newSecretHash);
        this.createdAt = now;
    }

    /** A new secret; every earlier one stops signing in at once. */
    public void reset(String newSecretHash, Instant now) {
        this.previousSecretHash = null;
        this.previousValidUntil = null;
        this.secretHash = Objects.requireNonNull(newSecretHash);
        this.createdAt = now;
    }
}

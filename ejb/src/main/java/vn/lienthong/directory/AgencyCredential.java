package vn.lienthong.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The secret an agency's software signs in with, kept only as a salted hash
 * ({@link SecretHasher}). One per agency; replacing it invalidates the old one.
 */
@Entity
@Table(name = "agency_credential")
public class AgencyCredential {

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "secret_hash", nullable = false, length = 200)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AgencyCredential() {
        // for JPA
    }

    public AgencyCredential(AgencyCode agency, String secretHash, Instant now) {
        this.agencyCode = agency.value();
        this.secretHash = secretHash;
        this.createdAt = now;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public String secretHash() {
        return secretHash;
    }

    public void replace(String newSecretHash, Instant now) {
        this.secretHash = newSecretHash;
        this.createdAt = now;
    }
}

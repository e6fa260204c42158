package vn.lienthong.exchange.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The endpoint an agency registered for push delivery. The hub must present the endpoint's secret
 * to it, so it cannot keep only a hash: it keeps the secret sealed (AES-GCM) with a key held outside
 * the database ({@code platform.crypto.SecretSealing}), bound to this agency's row, and never shows it back.
 */
@Entity
@Table(name = "push_endpoint")
public class PushEndpoint {

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "url", nullable = false, length = 2000)
    private String url;

    @Column(name = "auth_user", length = 200)
    private String authUser;

    @Column(name = "auth_secret_sealed", length = 2000)
    private String authSecretSealed;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected PushEndpoint() {
        // for JPA
    }

    /** @param sealedSecret the target's secret sealed for {@link #sealingContext(AgencyCode)} */
    PushEndpoint(AgencyCode agency, PushTarget target, Optional<String> sealedSecret, Instant now) {
        this.agencyCode = agency.value();
        this.registeredAt = now;
        change(target, sealedSecret, now);
    }

    void change(PushTarget target, Optional<String> sealedSecret, Instant now) {
        if (target.secret().isPresent() != sealedSecret.isPresent()) {
            throw new IllegalArgumentException("The secret must be given sealed, and only then");
        }
        this.url = target.url().toString();
        this.authUser = target.user().orElse(null);
        this.authSecretSealed = sealedSecret.orElse(null);
        this.updatedAt = now;
    }

    /** What a sealed secret is bound to: the agency's row, so that it opens nowhere else. */
    public static String sealingContext(AgencyCode agency) {
        return "push_endpoint/" + agency.value();
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public URI url() {
        return URI.create(url);
    }

    public Optional<String> user() {
        return Optional.ofNullable(authUser);
    }

    public Optional<String> sealedSecret() {
        return Optional.ofNullable(authSecretSealed);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

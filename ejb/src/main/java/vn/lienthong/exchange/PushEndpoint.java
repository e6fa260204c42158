package vn.lienthong.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.AgencyCode;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The endpoint an agency registered for push delivery. The secret is kept as given, because the hub
 * must present it to the agency's endpoint; it is never shown back (docs/operations.md says how to
 * protect the database that holds it).
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

    @Column(name = "auth_secret", length = 400)
    private String authSecret;

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

    PushEndpoint(AgencyCode agency, PushTarget target, Instant now) {
        this.agencyCode = agency.value();
        this.registeredAt = now;
        change(target, now);
    }

    void change(PushTarget target, Instant now) {
        this.url = target.url().toString();
        this.authUser = target.user().orElse(null);
        this.authSecret = target.secret().orElse(null);
        this.updatedAt = now;
    }

    public AgencyCode agency() {
        return new AgencyCode(agencyCode);
    }

    public PushTarget target() {
        return new PushTarget(URI.create(url), Optional.ofNullable(authUser), Optional.ofNullable(authSecret));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

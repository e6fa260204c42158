package vn.lienthong.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.agency.AgencyCode;

import java.net.URI;
import java.time.Instant;

/**
 * A platform's instance below the national axis (docs/federation.md): where the axis relays down
 * the documents of the agencies it serves ({@code served_by} = this hub code), and the axis's
 * account there, its secret sealed ({@link #sealingContext}).
 */
@Entity
@Table(name = "federation_peer")
@NamedQuery(name = FederationPeer.ALL, query = "select p from FederationPeer p order by p.hubCode")
public class FederationPeer {

    static final String ALL = "FederationPeer.all";

    @Id
    @Column(name = "hub_code", length = 32)
    private String hubCode;

    @Column(name = "base_url", nullable = false, length = 2000)
    private String baseUrl;

    @Column(name = "account", nullable = false, length = 200)
    private String account;

    @Column(name = "secret_sealed", nullable = false, length = 2000)
    private String secretSealed;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version_no", nullable = false)
    private long version;

    protected FederationPeer() {
        // for JPA
    }

    FederationPeer(AgencyCode hub, URI base, String account, String sealedSecret, Instant now) {
        this.hubCode = hub.value();
        this.registeredAt = now;
        change(base, account, sealedSecret, now);
    }

    void change(URI base, String account, String sealedSecret, Instant now) {
        this.baseUrl = base.toString();
        this.account = account;
        this.secretSealed = sealedSecret;
        this.updatedAt = now;
    }

    /** What the sealed secret is bound to: this peer's row, so that it opens nowhere else. */
    static String sealingContext(AgencyCode hub) {
        return "federation_peer/" + hub.value();
    }

    public AgencyCode hub() {
        return AgencyCode.of(hubCode);
    }

    public URI base() {
        return URI.create(baseUrl);
    }

    public String account() {
        return account;
    }

    String sealedSecret() {
        return secretSealed;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

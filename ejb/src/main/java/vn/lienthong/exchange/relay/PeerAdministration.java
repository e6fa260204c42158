package vn.lienthong.exchange.relay;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.federation.FederationSettings;
import vn.lienthong.directory.federation.Upstream;
import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.crypto.SecretSealing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The national axis's administrators say how it reaches each platform's instance below it
 * ({@code /api/v1/admin/federation/peers}, docs/federation.md): URL, account and secret, the secret
 * sealed with {@code lienthong.secrets.key} as push secrets are. The upstream is not a row here: it
 * is configured by server variables ({@link FederationSettings}).
 */
@Stateless
public class PeerAdministration {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @EJB
    SecretSealing sealing;

    @Inject
    FederationSettings federation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<PeerView> list() {
        return em.createNamedQuery(FederationPeer.ALL, FederationPeer.class).getResultList().stream().map(PeerView::of).toList();
    }

    public PeerView get(AgencyCode hub) {
        return PeerView.of(existing(hub));
    }

    /** Registers the peer, or changes how it is reached; its relays still waiting then go there. */
    public PeerView put(AgencyCode hub, String url, String account, String secret, String actor) {
        if (secret == null || secret.isEmpty()) {
            throw new InvalidRequestException("secret", "The secret of this hub's account at the peer is required",
                    "Cần mật khẩu của tài khoản hệ thống này tại trục ngang hàng");
        }
        PeerTarget target = new PeerTarget(uri(url), account == null ? null : account.strip(), secret, Optional.empty(), "");
        if (federation.upstream().map(Upstream::code).filter(hub::equals).isPresent()) {
            throw new InvalidRequestException("code", hub + " is this instance's upstream, configured by server variables",
                    hub + " là trục cấp trên của hệ thống này, được cấu hình bằng biến máy chủ");
        }
        String sealed = sealing.seal(target.secret(), FederationPeer.sealingContext(hub));
        FederationPeer peer = em.find(FederationPeer.class, hub.value());
        PeerView before = peer == null ? null : PeerView.of(peer);
        if (peer == null) {
            peer = new FederationPeer(hub, target.base(), target.account(), sealed, clock.instant());
            em.persist(peer);
        } else {
            peer.change(target.base(), target.account(), sealed, clock.instant());
        }
        em.flush();
        PeerView after = PeerView.of(peer);
        audit.record(actor, "federation.peer-set", hub.value(), before, after);
        return after;
    }

    /** Forgets the peer; relays to it wait (and fail after the backoff) until it is registered again. */
    public void delete(AgencyCode hub, String actor) {
        FederationPeer peer = existing(hub);
        PeerView before = PeerView.of(peer);
        em.remove(peer);
        audit.record(actor, "federation.peer-remove", hub.value(), before, null);
    }

    /** How to reach the peer, secret opened; empty when no row names it. */
    public Optional<PeerTarget> target(AgencyCode hub) {
        return Optional.ofNullable(em.find(FederationPeer.class, hub.value()))
                .map(p -> new PeerTarget(p.base(), p.account(), sealing.open(p.sealedSecret(), FederationPeer.sealingContext(hub)),
                        Optional.empty(), ""));
    }

    private FederationPeer existing(AgencyCode hub) {
        FederationPeer peer = em.find(FederationPeer.class, hub.value());
        if (peer == null) {
            throw new UnknownPeerException(hub);
        }
        return peer;
    }

    private static URI uri(String url) {
        try {
            return new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "Not a URL: " + url, "Không phải URL: " + url);
        }
    }
}

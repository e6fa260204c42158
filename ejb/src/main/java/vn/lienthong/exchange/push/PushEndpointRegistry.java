package vn.lienthong.exchange.push;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.ConcurrentUpdates;
import vn.lienthong.platform.crypto.SecretSealing;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Agencies register, change and remove the endpoint the hub pushes their packages to. A
 * registration applies to documents delivered from then on; what already waits in the inbox stays
 * there for pull.
 */
@Stateless
public class PushEndpointRegistry {

    private static final Logger LOG = Logger.getLogger(PushEndpointRegistry.class.getName());

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PushAddresses addresses;

    @EJB
    PushService pushes;

    @EJB
    SecretSealing sealing;

    /**
     * Registers or changes the agency's endpoint, once its address passed the operator's rule
     * ({@link PushAddresses}; checked outside any transaction, since it asks the name servers).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PushEndpointView register(AgencyCode agency, PushTarget target) {
        addresses.check(target.url());
        Optional<String> sealed = target.secret().map(s -> sealing.seal(s, PushEndpoint.sealingContext(agency)));
        return context.getBusinessObject(PushEndpointRegistry.class).store(agency, target, sealed);
    }

    /** The write of {@link #register}, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PushEndpointView store(AgencyCode agency, PushTarget target, Optional<String> sealedSecret) {
        PushEndpoint endpoint = em.find(PushEndpoint.class, agency.value());
        if (endpoint == null) {
            endpoint = new PushEndpoint(agency, target, sealedSecret, clock.instant());
            em.persist(endpoint);
        } else {
            endpoint.change(target, sealedSecret, clock.instant());
        }
        LOG.log(Level.INFO, "Agency {0} receives pushes at {1}", new Object[]{agency, target});
        return PushEndpointView.of(endpoint);
    }

    public Optional<PushEndpointView> find(AgencyCode agency) {
        return Optional.ofNullable(em.find(PushEndpoint.class, agency.value())).map(PushEndpointView::of);
    }

    @Resource
    SessionContext context;

    /**
     * Stops pushing: deliveries waiting for a push, or dead, wait for pull instead. A push attempt
     * may be updating one of those deliveries at the same moment; the removal is then taken again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean remove(AgencyCode agency) {
        PushEndpointRegistry self = context.getBusinessObject(PushEndpointRegistry.class);
        return ConcurrentUpdates.retried(() -> self.removeOnce(agency),
                "The push endpoint of " + agency, "Địa chỉ nhận đẩy của " + agency);
    }

    /** One attempt of {@link #remove}, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean removeOnce(AgencyCode agency) {
        PushEndpoint endpoint = em.find(PushEndpoint.class, agency.value());
        if (endpoint == null) {
            return false;
        }
        em.remove(endpoint);
        int waiting = pushes.withdrawAll(agency);
        LOG.log(Level.INFO, "Agency {0} no longer receives pushes; {1} waiting deliveries stay for pull",
                new Object[]{agency, waiting});
        return true;
    }
}

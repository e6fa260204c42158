package vn.lienthong.directory.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.AgencyRepository;
import vn.lienthong.directory.agency.ServingHubView;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.directory.credential.Caller;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Administrators of the national axis say through which platform's instance an agency is reached
 * (docs/federation.md, {@code served_by}). The hub is itself a directory entry, its account here,
 * served by this instance. This is routing, not the agency's identity: it is written to the audit
 * log, not to the numbered change log that agencies' software follows, whose copies it would only
 * clutter (a client sends to its own hub whichever instance serves the recipient).
 */
@Stateless
public class ServingHubAdministration {

    private static final Logger LOG = Logger.getLogger(ServingHubAdministration.class.getName());
    private static final String ADMINISTER_EN = "say which hub serves an agency";
    private static final String ADMINISTER_VI = "chỉ định trục phục vụ cơ quan";

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public ServingHubView of(AgencyCode code) {
        return ServingHubView.of(existing(code));
    }

    /** Administrators only: a hub's account may not say who serves an agency. */
    public ServingHubView of(AgencyCode code, Caller caller) {
        caller.requireAdministrator(ADMINISTER_EN, ADMINISTER_VI);
        return of(code);
    }

    public ServingHubView assign(AgencyCode code, AgencyCode hub, Caller caller) {
        return assign(code, hub, caller.requireAdministrator(ADMINISTER_EN, ADMINISTER_VI));
    }

    public ServingHubView release(AgencyCode code, Caller caller) {
        return release(code, caller.requireAdministrator(ADMINISTER_EN, ADMINISTER_VI));
    }

    /** From now on the agency is reached through {@code hub}; the same hub again changes nothing. */
    public ServingHubView assign(AgencyCode code, AgencyCode hub, String actor) {
        Agency agency = existing(code);
        if (!agency.isActive()) {
            throw DirectoryChangeRefusedException.retired(code, "code");
        }
        if (agency.servedBy().map(hub::equals).orElse(false)) {
            return ServingHubView.of(agency);
        }
        checkHub(code, hub);
        long served = agencies.countServedBy(code);
        if (served > 0) {
            throw DirectoryChangeRefusedException.invalidServingHub(code, hub,
                    code + " is itself the hub of " + served + " agencies: a hub is served by this instance",
                    code + " là trục phục vụ " + served + " cơ quan: trục phải do hệ thống này phục vụ");
        }
        ServingHubView before = ServingHubView.of(agency);
        agency.serveThrough(hub, clock.instant());
        return changed(actor, before, agency);
    }

    /** The agency is served by this instance again. */
    public ServingHubView release(AgencyCode code, String actor) {
        Agency agency = existing(code);
        if (agency.servedBy().isEmpty()) {
            return ServingHubView.of(agency);
        }
        ServingHubView before = ServingHubView.of(agency);
        agency.serveThrough(null, clock.instant());
        return changed(actor, before, agency);
    }

    /** A hub is an active entry of this directory, served here, and not the agency itself. */
    private void checkHub(AgencyCode code, AgencyCode hubCode) {
        if (hubCode.equals(code)) {
            throw DirectoryChangeRefusedException.invalidServingHub(code, hubCode, "an agency cannot serve itself",
                    "cơ quan không thể tự phục vụ chính mình");
        }
        Agency hub = em.find(Agency.class, hubCode.value());
        if (hub == null) {
            throw DirectoryChangeRefusedException.invalidServingHub(code, hubCode,
                    "it is not in the directory: register the hub's account first",
                    "không có trong danh bạ: cần đăng ký tài khoản của trục trước");
        }
        if (!hub.isActive()) {
            throw DirectoryChangeRefusedException.invalidServingHub(code, hubCode, "it is no longer active",
                    "đã ngừng hoạt động");
        }
        if (hub.servedBy().isPresent()) {
            throw DirectoryChangeRefusedException.invalidServingHub(code, hubCode,
                    "it is itself reached through " + hub.servedBy().get() + ": name that hub",
                    "chính nó được phục vụ qua " + hub.servedBy().get() + ": hãy chỉ định trục đó");
        }
    }

    private ServingHubView changed(String actor, ServingHubView before, Agency agency) {
        em.flush();
        ServingHubView after = ServingHubView.of(agency);
        LOG.log(Level.INFO, "Directory: {0} set the hub serving {1} to {2}",
                new Object[]{actor, agency.code(), after.servedBy() == null ? "this instance" : after.servedBy()});
        audit.record(actor, "directory.served-by", agency.code().value(), before, after);
        return after;
    }

    private Agency existing(AgencyCode code) {
        Agency agency = em.find(Agency.class, code.value());
        if (agency == null) {
            throw new UnknownAgencyException(code);
        }
        return agency;
    }
}

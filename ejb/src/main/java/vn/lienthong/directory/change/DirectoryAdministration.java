package vn.lienthong.directory.change;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.audit.AuditTrail;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyRepository;
import vn.lienthong.directory.agency.AgencyView;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.directory.credential.AgencyCredential;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.directory.credential.AgencySecrets;
import vn.lienthong.directory.credential.SecretHasher;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Administrators' changes to the directory: add, rename, move, deactivate, merge; and a peer hub's
 * account's changes to the agencies this directory reaches through it ({@link HubScope}). Each is checked
 * (codes, parents, no cycles, no orphaned active units) and becomes one numbered event that
 * clients follow. A code is never reused or deleted: history stays readable.
 */
@Stateless
public class DirectoryAdministration {

    private static final Logger LOG = Logger.getLogger(DirectoryAdministration.class.getName());
    static final int MAX_NAME = 400;

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DirectoryLog log;

    @Inject
    AgencyRepository agencies;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DirectoryChanged> changed;

    public AgencyView add(AgencyCode code, String name, Optional<AgencyCode> parent, Optional<char[]> secret, String actor) {
        return add(code, name, parent, secret, Caller.administrator(actor));
    }

    /**
     * Adds an agency. A peer hub's account (docs/federation.md, "Directory across hubs") may add a
     * unit under an agency this directory reaches through it, without a secret (the unit signs in at
     * its own hub); the new unit is reached through that hub too.
     */
    public AgencyView add(AgencyCode code, String name, Optional<AgencyCode> parent, Optional<char[]> secret, Caller caller) {
        log.lock();
        Optional<AgencyCode> effectiveParent = parent.or(() -> code.derivedParent()
                .filter(p -> em.find(Agency.class, p.value()) != null));
        Optional<AgencyCode> hub = caller.agency();
        Agency existing = em.find(Agency.class, code.value());
        if (hub.isPresent()) {
            // A hub publishing an agency this directory already reaches through it (registered here
            // first, or an earlier attempt of the same call) is told it exists, as an administrator would be.
            if (existing != null) {
                permitted(caller, existing);
            } else {
                HubScope.checkUnder(hub.get(), code, effectiveParent, servedBy(effectiveParent));
            }
            if (secret.isPresent()) {
                throw new InvalidRequestException("secret", "A hub registers its agencies without a secret: they sign in at the hub",
                        "Trục đăng ký cơ quan của mình không kèm mật khẩu: cơ quan đăng nhập tại trục đó");
            }
        }
        if (existing != null) {
            throw DirectoryChangeRefusedException.exists(code);
        }
        effectiveParent.ifPresent(p -> checkParent(code, p));
        Instant now = clock.instant();
        String actor = caller.name();
        Agency agency = new Agency(code, name(name), effectiveParent.orElse(null), now);
        hub.ifPresent(h -> agency.serveThrough(h, now));
        em.persist(agency);
        secret.ifPresent(s -> em.persist(new AgencyCredential(code, SecretHasher.hash(AgencySecrets.checked(s)), now)));
        em.flush();
        recorded(DirectoryChangeKind.ADDED, agency, actor, null);
        LOG.log(Level.INFO, "Directory: {0} added {1} ({2})", new Object[]{actor, code, agency.name()});
        AgencyView added = AgencyView.of(agency);
        audit.record(actor, "directory.add", code.value(), null, added);
        return added;
    }

    public AgencyView rename(AgencyCode code, String newName, String reason, String actor) {
        return rename(code, newName, reason, Caller.administrator(actor));
    }

    public AgencyView rename(AgencyCode code, String newName, String reason, Caller caller) {
        log.lock();
        Agency agency = permitted(caller, existing(code));
        String actor = caller.name();
        String name = name(newName);
        if (name.equals(agency.name())) {
            return AgencyView.of(agency);
        }
        AgencyView before = AgencyView.of(agency);
        agency.rename(name, clock.instant());
        em.flush();
        recorded(DirectoryChangeKind.RENAMED, agency, actor, reason);
        return audited(actor, "directory.rename", before, agency);
    }

    public AgencyView move(AgencyCode code, AgencyCode newParent, String reason, String actor) {
        return move(code, newParent, reason, Caller.administrator(actor));
    }

    /** A peer hub's account may move one of its agencies under another of them only. */
    public AgencyView move(AgencyCode code, AgencyCode newParent, String reason, Caller caller) {
        log.lock();
        Agency agency = permitted(caller, existing(code));
        caller.agency().ifPresent(hub -> HubScope.checkUnder(hub, code, Optional.of(newParent), servedBy(Optional.of(newParent))));
        String actor = caller.name();
        if (!agency.isActive()) {
            throw DirectoryChangeRefusedException.retired(code, "code");
        }
        if (agency.parent().map(newParent::equals).orElse(false)) {
            return AgencyView.of(agency);
        }
        checkParent(code, newParent);
        AgencyView before = AgencyView.of(agency);
        agency.move(newParent, clock.instant());
        em.flush();
        recorded(DirectoryChangeKind.MOVED, agency, actor, reason);
        return audited(actor, "directory.move", before, agency);
    }

    /** Retires an agency without a successor: documents to it are refused from now on. */
    public AgencyView deactivate(AgencyCode code, String reason, String actor) {
        return deactivate(code, reason, Caller.administrator(actor));
    }

    public AgencyView deactivate(AgencyCode code, String reason, Caller caller) {
        log.lock();
        Agency agency = permitted(caller, existing(code));
        String actor = caller.name();
        if (!agency.isActive()) {
            return AgencyView.of(agency);
        }
        refuseIfActiveChildren(code);
        AgencyView before = AgencyView.of(agency);
        agency.deactivate(clock.instant());
        em.flush();
        recorded(DirectoryChangeKind.DEACTIVATED, agency, actor, reason);
        return audited(actor, "directory.deactivate", before, agency);
    }

    /**
     * Merges an agency into another: it is retired, keeps its code, name and history, and documents
     * addressed to it go to {@code into} from now on (the sender is told).
     */
    public AgencyView merge(AgencyCode code, AgencyCode into, String reason, String actor) {
        return merge(code, into, reason, Caller.administrator(actor));
    }

    public AgencyView merge(AgencyCode code, AgencyCode into, String reason, Caller caller) {
        log.lock();
        Agency agency = permitted(caller, existing(code));
        String actor = caller.name();
        if (code.equals(into)) {
            throw DirectoryChangeRefusedException.mergeIntoItself(code);
        }
        if (!agency.isActive()) {
            throw DirectoryChangeRefusedException.retired(code, "code");
        }
        Agency successor = em.find(Agency.class, into.value());
        if (successor == null) {
            throw new UnknownAgencyException(into);
        }
        if (!successor.isActive()) {
            throw DirectoryChangeRefusedException.retired(into, "into");
        }
        refuseIfActiveChildren(code);
        AgencyView before = AgencyView.of(agency);
        agency.mergeInto(into, clock.instant());
        em.flush();
        recorded(DirectoryChangeKind.MERGED, agency, actor, reason);
        LOG.log(Level.INFO, "Directory: {0} merged {1} into {2}", new Object[]{actor, code, into});
        return audited(actor, "directory.merge", before, agency);
    }

    /**
     * Writes the change's event, and tells who must act on an administered change in the same
     * transaction ({@link DirectoryChanged}: a provincial instance publishes its own tree upward). The
     * directory's own records (the sample directory, the upstream's changes a province follows) are
     * written by {@link DirectoryLog} alone.
     */
    private DirectoryEvent recorded(DirectoryChangeKind kind, Agency agency, String actor, String reason) {
        DirectoryEvent event = log.record(kind, agency, actor, reason);
        changed.fire(new DirectoryChanged(DirectoryEventView.of(event)));
        return event;
    }

    /** The agency's view after the change, written to the audit log with the one before it. */
    private AgencyView audited(String actor, String action, AgencyView before, Agency agency) {
        AgencyView after = AgencyView.of(agency);
        audit.record(actor, action, agency.code().value(), before, after);
        return after;
    }

    /**
     * The agency, when the caller may change it: an administrator any, a peer hub's account those
     * this directory reaches through it ({@link HubScope}).
     */
    private static Agency permitted(Caller caller, Agency agency) {
        caller.agency().ifPresent(hub -> HubScope.checkChange(hub, agency.code(), agency.servedBy()));
        return agency;
    }

    /** The hub serving {@code code}'s entry; empty when it is served here or not in the directory. */
    private Optional<AgencyCode> servedBy(Optional<AgencyCode> code) {
        return code.map(c -> em.find(Agency.class, c.value())).flatMap(Agency::servedBy);
    }

    private Agency existing(AgencyCode code) {
        Agency agency = em.find(Agency.class, code.value());
        if (agency == null) {
            throw new UnknownAgencyException(code);
        }
        return agency;
    }

    /** The parent exists, is active, sits at a higher level, and is not the agency or one of its units. */
    private void checkParent(AgencyCode code, AgencyCode parentCode) {
        Agency parent = em.find(Agency.class, parentCode.value());
        if (parent == null) {
            throw DirectoryChangeRefusedException.invalidParent(code, parentCode, "it is not in the directory",
                    "không có trong danh bạ");
        }
        if (!parent.isActive()) {
            throw DirectoryChangeRefusedException.invalidParent(code, parentCode, "it is no longer active",
                    "đã ngừng hoạt động");
        }
        if (parent.level() >= code.level()) {
            throw DirectoryChangeRefusedException.invalidParent(code, parentCode,
                    "a level " + parent.level() + " agency cannot be over a level " + code.level() + " one",
                    "cơ quan cấp " + parent.level() + " không thể là cấp trên của cơ quan cấp " + code.level());
        }
        Agency ancestor = parent;
        for (int hop = 0; ancestor != null && hop < 16; hop++) {
            if (ancestor.code().equals(code)) {
                throw DirectoryChangeRefusedException.invalidParent(code, parentCode, "it is one of its own units",
                        "là đơn vị trực thuộc của chính cơ quan này");
            }
            ancestor = ancestor.parent().map(p -> em.find(Agency.class, p.value())).orElse(null);
        }
    }

    private void refuseIfActiveChildren(AgencyCode code) {
        long children = agencies.countActiveChildren(code);
        if (children > 0) {
            throw DirectoryChangeRefusedException.hasActiveChildren(code, children);
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "name is required", "cần trường name (tên cơ quan)");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidRequestException("name", "name has more than " + MAX_NAME + " characters",
                    "tên cơ quan dài quá " + MAX_NAME + " ký tự");
        }
        return name.strip();
    }
}

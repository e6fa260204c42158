package vn.lienthong.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.Principal;
import java.time.Clock;

/**
 * Where every administrative service writes what it did (one explicit call per write method, since
 * only the service knows the target's state before and after). MANDATORY: the entry is written in the
 * transaction of the action, so an action rolled back leaves no entry and an entry that cannot be
 * written rolls the action back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    /** The actor of an action no signed-in caller asked for. */
    public static final String SYSTEM = "system";

    @Inject
    AuditRepository entries;

    @Inject
    Clock clock;

    /** The signed-in caller, for services whose methods are not handed the actor. */
    @Inject
    Principal caller;

    /**
     * Records that {@code actor} did {@code action} to {@code target}; {@code before} and {@code after}
     * are the target's state (a view record, or JSON text), null where there was none.
     */
    public void record(String actor, AuditAction action, String target, Object before, Object after) {
        entries.add(new AuditEntry(clock.instant(), actor, action, target, AuditState.json(before), AuditState.json(after)));
    }

    public void record(String actor, String action, String target, Object before, Object after) {
        record(actor, AuditAction.of(action), target, before, after);
    }

    /** The same, done by the signed-in caller. */
    public void record(String action, String target, Object before, Object after) {
        record(callerName(), AuditAction.of(action), target, before, after);
    }

    private String callerName() {
        String name = caller == null ? null : caller.getName();
        // A timer or the relay acts on nobody's behalf; Liberty names that caller UNAUTHENTICATED.
        return name == null || name.isBlank() || name.equals("UNAUTHENTICATED") ? SYSTEM : name;
    }
}

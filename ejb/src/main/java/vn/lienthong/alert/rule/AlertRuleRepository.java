package vn.lienthong.alert.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The rules, as the migration wrote them and administrators changed them. */
@ApplicationScoped
public class AlertRuleRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    /** Every rule of a kind this build knows, by code. */
    public List<AlertRule> all() {
        return em.createNamedQuery(AlertRule.ALL, AlertRule.class).getResultList().stream()
                .filter(r -> r.kind().isPresent()).toList();
    }

    /**
     * The rule, its version to be raised at commit even when nothing in it changes: of two servers
     * recording the same thing, the second one's commit then fails.
     */
    public Optional<AlertRule> claim(AlertKind kind) {
        Optional<AlertRule> rule = find(kind);
        rule.ifPresent(r -> em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        return rule;
    }

    public Optional<AlertRule> find(AlertKind kind) {
        return Optional.ofNullable(em.find(AlertRule.class, kind.code()));
    }
}

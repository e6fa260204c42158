package vn.lienthong.exchange.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.exchange.document.RetentionCategory;

import java.util.List;
import java.util.Optional;

/** The retention rules, as the migration seeded them and administrators set them. */
@ApplicationScoped
public class RetentionRuleRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public List<RetentionRule> all() {
        return em.createNamedQuery(RetentionRule.ALL, RetentionRule.class).getResultList();
    }

    public Optional<RetentionRule> find(RetentionCategory category) {
        return Optional.ofNullable(em.find(RetentionRule.class, category.value()));
    }

    public void add(RetentionRule rule) {
        em.persist(rule);
    }

    public void remove(RetentionRule rule) {
        em.remove(rule);
    }

    public RetentionRules settings() {
        return RetentionRules.of(all().stream().map(RetentionRule::setting).toList());
    }
}

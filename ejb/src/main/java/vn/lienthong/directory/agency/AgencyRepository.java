package vn.lienthong.directory.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Agencies and the names they carried. An agency's code is its primary key, which JPA keeps as text:
 * this is the one place that looks agencies up by it.
 */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Agency> find(AgencyCode code) {
        return Optional.ofNullable(em.find(Agency.class, code.value()));
    }

    /** The agency, or UNKNOWN_AGENCY. */
    public Agency get(AgencyCode code) {
        return find(code).orElseThrow(() -> new UnknownAgencyException(code));
    }

    public boolean exists(AgencyCode code) {
        return find(code).isPresent();
    }

    public void add(Agency agency) {
        em.persist(agency);
    }

    /** The agencies among {@code codes} that exist; one query whatever the count. */
    public List<Agency> withCodes(Collection<AgencyCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Agency.WITH_CODES, Agency.class)
                .setParameter("codes", codes.stream().map(AgencyCode::value).distinct().toList())
                .getResultList();
    }

    /** Every agency, active or retired, by code. */
    public List<Agency> all() {
        return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Agency.COUNT, Long.class).getSingleResult();
    }

    public long countActiveChildren(AgencyCode code) {
        return em.createNamedQuery(Agency.COUNT_ACTIVE_CHILDREN, Long.class).setParameter("code", code).getSingleResult();
    }

    /** How many agencies are reached through {@code hub} (docs/federation.md). */
    public long countServedBy(AgencyCode hub) {
        return em.createNamedQuery(Agency.COUNT_SERVED_BY, Long.class).setParameter("hub", hub).getSingleResult();
    }

    /** Agencies that have no directory event yet (entered before the log existed, or by the sample loader), parents first. */
    public List<Agency> withoutEvents() {
        return em.createNamedQuery(Agency.WITHOUT_EVENTS, Agency.class).getResultList();
    }

    /** One page of the agencies the filter keeps, by code, with the count of all it keeps. */
    public Page<Agency> page(AgencyFilter filter, PageRequest pageRequest) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Agency> select = cb.createQuery(Agency.class);
        Root<Agency> agency = select.from(Agency.class);
        select.where(predicates(cb, agency, filter)).orderBy(cb.asc(agency.get("code")));
        TypedQuery<Agency> query = em.createQuery(select)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Agency> counted = count.from(Agency.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));

        return new Page<>(query.getResultList(), pageRequest.page(), pageRequest.size(),
                em.createQuery(count).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Agency> agency, AgencyFilter filter) {
        List<Predicate> where = new ArrayList<>();
        filter.parent().ifPresent(p -> where.add(cb.equal(agency.get("parentCode"), p)));
        filter.level().ifPresent(l -> where.add(cb.equal(agency.get("level"), l)));
        if (filter.activeOnly()) {
            where.add(cb.isTrue(agency.get("active")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The names an agency has carried, the current one last. */
    public List<AgencyName> names(AgencyCode code) {
        return em.createNamedQuery(AgencyName.OF_AGENCY, AgencyName.class).setParameter("code", code.value()).getResultList();
    }

    /** A new name from {@code name.validFrom()} on: the one it replaces ends then. */
    public void rename(AgencyName name) {
        em.createNamedQuery(AgencyName.CURRENT, AgencyName.class).setParameter("code", name.agencyCode())
                .getResultList()
                .forEach(current -> current.end(name.validFrom()));
        em.persist(name);
    }
}

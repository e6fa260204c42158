package vn.lienthong.directory.agency;

import jakarta.ejb.Stateless;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the agency directory. */
@Stateless
public class DirectoryService {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public Optional<Agency> findAgency(AgencyCode code) {
        return Optional.ofNullable(em.find(Agency.class, code.value()));
    }

    /**
     * The active agency that took over a retired one's work, following successive mergers; empty
     * when the agency was simply deactivated (or its line of successors ends in a retired one).
     */
    public Optional<Agency> activeSuccessor(Agency retired) {
        Agency current = retired;
        for (int hop = 0; hop < 16 && current.successor().isPresent(); hop++) {
            current = em.find(Agency.class, current.successor().get().value());
            if (current == null) {
                return Optional.empty();
            }
            if (current.isActive()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    public Agency getAgency(AgencyCode code) {
        return findAgency(code).orElseThrow(() -> new UnknownAgencyException(code));
    }

    /** The agencies among {@code codes} that exist, by code; one query whatever the count. */
    public Map<AgencyCode, Agency> findAgencies(Collection<AgencyCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<String> values = codes.stream().map(AgencyCode::value).distinct().toList();
        return em.createQuery("select a from Agency a where a.code in :codes", Agency.class)
                .setParameter("codes", values)
                .getResultList().stream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
    }

    public Page<Agency> listAgencies(AgencyFilter filter, PageRequest pageRequest) {
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
        filter.parent().ifPresent(p -> where.add(cb.equal(agency.get("parentCode"), p.value())));
        filter.level().ifPresent(l -> where.add(cb.equal(agency.get("level"), l)));
        if (filter.activeOnly()) {
            where.add(cb.isTrue(agency.get("active")));
        }
        return where.toArray(Predicate[]::new);
    }
}

package vn.lienthong.procedure.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Optional;

/** The procedures of the catalogue, as the catalogue reads them. */
@ApplicationScoped
public class ProcedureRepository {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    public void add(Procedure procedure) {
        em.persist(procedure);
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Procedure.class, c));
    }

    /** A page of the active procedures, optionally of one handling agency and one field, by code. */
    public List<Procedure> active(Optional<AgencyCode> agency, Optional<String> fieldCode, int offset, int size) {
        String name = agency.isPresent()
                ? (fieldCode.isPresent() ? Procedure.ACTIVE_OF_AGENCY_IN_FIELD : Procedure.ACTIVE_OF_AGENCY)
                : (fieldCode.isPresent() ? Procedure.ACTIVE_IN_FIELD : Procedure.ACTIVE);
        return filtered(em.createNamedQuery(name, Procedure.class), agency, fieldCode)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many active procedures {@link #active} pages through. */
    public long countActive(Optional<AgencyCode> agency, Optional<String> fieldCode) {
        String name = agency.isPresent()
                ? (fieldCode.isPresent() ? Procedure.COUNT_ACTIVE_OF_AGENCY_IN_FIELD : Procedure.COUNT_ACTIVE_OF_AGENCY)
                : (fieldCode.isPresent() ? Procedure.COUNT_ACTIVE_IN_FIELD : Procedure.COUNT_ACTIVE);
        return filtered(em.createNamedQuery(name, Long.class), agency, fieldCode).getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, Optional<AgencyCode> agency, Optional<String> fieldCode) {
        agency.ifPresent(a -> query.setParameter("agency", a.value()));
        fieldCode.ifPresent(f -> query.setParameter("field", f));
        return query;
    }
}

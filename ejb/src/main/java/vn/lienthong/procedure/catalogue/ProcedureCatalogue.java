package vn.lienthong.procedure.catalogue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.agency.Agency;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.directory.agency.DirectoryService;
import vn.lienthong.directory.agency.UnknownAgencyException;
import vn.lienthong.platform.paging.Page;
import vn.lienthong.platform.paging.PageRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of procedures: administrators define them, everyone reads them. Callers outside the
 * procedure capability receive {@link ProcedureView}s; the public reads active procedures only.
 */
@Stateless
public class ProcedureCatalogue {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    public ProcedureView define(ProcedureDefinition definition, String actor) {
        if (em.find(Procedure.class, definition.code()) != null) {
            throw new ProcedureExistsException(definition.code());
        }
        requireKnownAgencies(definition);
        Procedure procedure = new Procedure(definition, actor, clock.instant());
        em.persist(procedure);
        return ProcedureView.of(procedure);
    }

    public ProcedureView redefine(String code, ProcedureDefinition definition, String actor) {
        if (!code.equals(definition.code())) {
            throw new vn.lienthong.platform.InvalidRequestException("code", "The body's code must match the path",
                    "Mã thủ tục trong nội dung phải trùng với đường dẫn");
        }
        Procedure procedure = get(code);
        requireKnownAgencies(definition);
        procedure.redefine(definition, actor, clock.instant());
        return ProcedureView.of(procedure);
    }

    public ProcedureView setActive(String code, boolean active, String actor) {
        Procedure procedure = get(code);
        procedure.setActive(active, actor, clock.instant());
        return ProcedureView.of(procedure);
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Procedure.class, c));
    }

    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new UnknownProcedureException(code));
    }

    /** For administrators: withdrawn procedures included. */
    public ProcedureView view(String code) {
        return ProcedureView.of(get(code));
    }

    /** For anyone: a withdrawn procedure is unknown to the public catalogue. */
    public ProcedureView publicView(String code) {
        return find(code).filter(Procedure::active).map(ProcedureView::of)
                .orElseThrow(() -> new UnknownProcedureException(code));
    }

    /** Active procedures, optionally only those an agency handles, ordered by code. */
    public Page<ProcedureView> list(Optional<AgencyCode> agency, Optional<String> fieldCode, PageRequest page) {
        String where = " where p.active = true"
                + agency.map(a -> " and :agency member of p.handlingAgencies").orElse("")
                + fieldCode.map(f -> " and p.fieldCode = :field").orElse("");
        var count = em.createQuery("select count(p) from Procedure p" + where, Long.class);
        var query = em.createQuery("select p from Procedure p" + where + " order by p.code", Procedure.class);
        agency.ifPresent(a -> {
            count.setParameter("agency", a.value());
            query.setParameter("agency", a.value());
        });
        fieldCode.ifPresent(f -> {
            count.setParameter("field", f);
            query.setParameter("field", f);
        });
        List<Procedure> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items.stream().map(ProcedureView::of).toList(), page.page(), page.size(), count.getSingleResult());
    }

    private void requireKnownAgencies(ProcedureDefinition definition) {
        List<AgencyCode> named = new ArrayList<>(definition.handlingAgencies());
        definition.steps().forEach(s -> s.owner().ifPresent(named::add));
        Map<AgencyCode, Agency> found = directory.findAgencies(named);
        for (AgencyCode code : named) {
            Agency agency = found.get(code);
            if (agency == null || !agency.isActive()) {
                throw new UnknownAgencyException(code);
            }
        }
    }
}

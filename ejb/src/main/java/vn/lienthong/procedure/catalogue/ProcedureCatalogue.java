package vn.lienthong.procedure.catalogue;

import vn.lienthong.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    @Inject
    ProcedureRepository procedures;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public ProcedureView define(ProcedureDefinition definition, String actor) {
        if (procedures.find(definition.code()).isPresent()) {
            throw new ProcedureExistsException(definition.code());
        }
        requireKnownAgencies(definition);
        Procedure procedure = new Procedure(definition, actor, clock.instant());
        procedures.add(procedure);
        ProcedureView defined = ProcedureView.of(procedure);
        audit.record(actor, "procedure.define", definition.code(), null, defined);
        return defined;
    }

    public ProcedureView redefine(String code, ProcedureDefinition definition, String actor) {
        if (!code.equals(definition.code())) {
            throw new vn.lienthong.platform.InvalidRequestException("code", "The body's code must match the path",
                    "Mã thủ tục trong nội dung phải trùng với đường dẫn");
        }
        Procedure procedure = get(code);
        requireKnownAgencies(definition);
        ProcedureView before = ProcedureView.of(procedure);
        procedure.redefine(definition, actor, clock.instant());
        return audited(actor, "procedure.redefine", before, procedure);
    }

    public ProcedureView setActive(String code, boolean active, String actor) {
        Procedure procedure = get(code);
        ProcedureView before = ProcedureView.of(procedure);
        procedure.setActive(active, actor, clock.instant());
        return audited(actor, active ? "procedure.reinstate" : "procedure.withdraw", before, procedure);
    }

    private ProcedureView audited(String actor, String action, ProcedureView before, Procedure procedure) {
        ProcedureView after = ProcedureView.of(procedure);
        audit.record(actor, action, after.code(), before, after);
        return after;
    }

    public Optional<Procedure> find(String code) {
        return procedures.find(code);
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
        List<Procedure> items = procedures.active(agency, fieldCode, page.offset(), page.size());
        return new Page<>(items.stream().map(ProcedureView::of).toList(), page.page(), page.size(),
                procedures.countActive(agency, fieldCode));
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

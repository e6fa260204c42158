package vn.lienthong.procedure.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.text.Texts;

import java.util.Optional;

/**
 * A processing step of a procedure. Without an owner the step belongs to the agency that received
 * the dossier; with one, the dossier is handed over to that agency for the step (liên thông).
 */
@Embeddable
public class ProcedureStep {

    @Column(name = "name", nullable = false, length = 400)
    private String name;

    @Column(name = "owner_code", length = 32)
    private String ownerCode;

    protected ProcedureStep() {
        // for JPA
    }

    public ProcedureStep(String name, AgencyCode owner) {
        this.name = Texts.required(name, "steps.name", 400);
        this.ownerCode = owner == null ? null : owner.value();
    }

    public String name() {
        return name;
    }

    public Optional<AgencyCode> owner() {
        return Optional.ofNullable(ownerCode).map(AgencyCode::new);
    }
}

package vn.lienthong.procedure.catalogue;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.procedure.calendar.PauseEffect;
import vn.lienthong.procedure.calendar.ProcessingTime;

import java.util.List;

/**
 * A procedure as the catalogue shows it: its definition and whether it takes dossiers in
 * ({@code active}). {@link ProcedureJsonFormat#write} gives it its one JSON form.
 */
public record ProcedureView(String code, String name, String fieldCode, String fieldName, List<AgencyCode> handlingAgencies,
                            List<RequiredPaper> papers, List<Fee> fees, ProcessingTime processingTime,
                            boolean pauseAllowed, PauseEffect pauseEffect, boolean extensionAllowed,
                            List<ProcedureStep> steps, boolean active) {

    public ProcedureView {
        handlingAgencies = List.copyOf(handlingAgencies);
        papers = List.copyOf(papers);
        fees = List.copyOf(fees);
        steps = List.copyOf(steps);
    }

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.code(), p.name(), p.fieldCode(), p.fieldName(), p.handlingAgencies(), p.papers(),
                p.fees(), p.processingTime(), p.pauseAllowed(), p.pauseEffect(), p.extensionAllowed(), p.steps(),
                p.active());
    }
}

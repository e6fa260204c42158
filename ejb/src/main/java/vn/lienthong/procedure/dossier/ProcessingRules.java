package vn.lienthong.procedure.dossier;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.calendar.ClockPause;
import vn.lienthong.procedure.calendar.DeadlineCalculator;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.catalogue.ProcedureStep;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a dossier is processed under: its procedure (steps and their owners, whether it may pause or
 * be extended, the processing time) and the working calendar of the receiving agency's province.
 */
public final class ProcessingRules {

    private final Procedure procedure;
    private final DeadlineCalculator calendar;

    public ProcessingRules(Procedure procedure, DeadlineCalculator calendar) {
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Procedure procedure() {
        return procedure;
    }

    /** The agency that does step {@code step} (1-based): the step's owner, or else the receiving agency. */
    public AgencyCode ownerOf(int step, AgencyCode receivingAgency) {
        return ownerOf(procedure, step, receivingAgency);
    }

    static AgencyCode ownerOf(Procedure procedure, int step, AgencyCode receivingAgency) {
        List<ProcedureStep> steps = procedure.steps();
        if (step < 1 || step > steps.size()) {
            return receivingAgency;
        }
        return steps.get(step - 1).owner().orElse(receivingAgency);
    }

    /** Refuses a pause (409) when the procedure does not allow one. */
    void requirePausing(String dossierCode, DossierAction action) {
        if (!procedure.pauseAllowed()) {
            throw new IllegalTransitionException(dossierCode, action, "procedure " + procedure.code()
                    + " does not allow pausing", "thủ tục " + procedure.code() + " không cho phép tạm dừng");
        }
    }

    /** Refuses an extension (409) when the procedure does not allow one. */
    void requireExtending(String dossierCode, DossierAction action) {
        if (!procedure.extensionAllowed()) {
            throw new IllegalTransitionException(dossierCode, action, "procedure " + procedure.code()
                    + " does not allow extensions", "thủ tục " + procedure.code() + " không cho phép gia hạn");
        }
    }

    /** The due date: never edited, always recomputed from the receipt, the finished pauses and the extensions. */
    Instant dueDate(Instant receivedAt, List<ClockPause> finishedPauses, int extensionUnits) {
        LocalDateTime due = calendar.dueDate(LocalDateTime.ofInstant(receivedAt, HubClock.ZONE), procedure.processingTime(),
                finishedPauses, extensionUnits, procedure.pauseEffect());
        return due.atZone(HubClock.ZONE).toInstant();
    }
}

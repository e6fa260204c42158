package vn.lienthong.procedure.dossier;

import java.time.OffsetDateTime;

import static vn.lienthong.platform.time.HubClock.local;

/** One line of an agency's work list. */
public record DossierSummaryView(String code, String procedureCode, String state, int nationalStatus, int currentStep,
                                 int stepCount, String applicantName, OffsetDateTime registeredAt,
                                 OffsetDateTime receivedAt, OffsetDateTime dueAt, boolean overdue) {

    static DossierSummaryView of(Dossier d, int nationalStatus, boolean overdue) {
        DossierClock c = d.clock();
        return new DossierSummaryView(d.code(), d.procedureCode(), d.state().name(), nationalStatus,
                d.currentStep(), d.stepCount(), d.applicant().name(), local(c.registeredAt()),
                local(c.receivedAt().orElse(null)), local(c.dueAt().orElse(null)), overdue);
    }
}

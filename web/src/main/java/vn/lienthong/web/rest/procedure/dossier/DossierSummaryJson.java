package vn.lienthong.web.rest.procedure.dossier;

import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One line of an agency's work list. */
public record DossierSummaryJson(String code, String procedureCode, String state, int nationalStatus, int currentStep,
                                 int stepCount, String applicantName, OffsetDateTime registeredAt,
                                 OffsetDateTime receivedAt, OffsetDateTime dueAt, boolean overdue) {

    static DossierSummaryJson of(Dossier d, int nationalStatus, boolean overdue) {
        return new DossierSummaryJson(d.code(), d.procedureCode(), d.state().name(), nationalStatus, d.currentStep(),
                d.stepCount(), d.applicant().name(), Times.local(d.registeredAt()),
                Times.local(d.receivedAt().orElse(null)), Times.local(d.dueAt().orElse(null)), overdue);
    }
}

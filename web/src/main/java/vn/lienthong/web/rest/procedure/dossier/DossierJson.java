package vn.lienthong.web.rest.procedure.dossier;

import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierInterval;
import vn.lienthong.procedure.dossier.DossierPaper;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dossier as its agencies see it; {@code lookupKey} is what the receipt prints beside the code for
 * the applicant's public look-up, so that the agency can print the receipt again.
 */
public record DossierJson(String code, String procedureCode, String agencyCode, int channel, String state,
                          int nationalStatus, int currentStep, int stepCount, String currentStepOwner,
                          Applicant applicant, String summary, String lookupKey,
                          OffsetDateTime registeredAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                          int extensionUnits, OffsetDateTime pausedSince, OffsetDateTime finishedAt,
                          OffsetDateTime returnedAt, String timeliness, String resultNote,
                          List<PaperView> papers, List<IntervalView> intervals) {

    public record PaperView(int position, String name, String fileName, String mediaType, Long sizeBytes, String sha256) {
    }

    public record IntervalView(int seq, String kind, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer units,
                               String reason, String apology, OffsetDateTime dueBefore, OffsetDateTime dueAfter) {
    }

    static DossierJson of(Dossier d, int nationalStatus, String currentStepOwner, List<DossierPaper> papers,
                          List<DossierInterval> intervals) {
        return new DossierJson(d.code(), d.procedureCode(), d.agency().value(), d.channel().nationalCode(),
                d.state().name(), nationalStatus, d.currentStep(), d.stepCount(), currentStepOwner,
                d.applicant(), d.summary().orElse(null), d.lookupKey().value(),
                Times.local(d.registeredAt()), Times.local(d.receivedAt().orElse(null)), Times.local(d.dueAt().orElse(null)),
                d.extensionUnits(), Times.local(d.pausedSince().orElse(null)), Times.local(d.finishedAt().orElse(null)),
                Times.local(d.returnedAt().orElse(null)), d.timeliness().map(Enum::name).orElse(null),
                d.resultNote().orElse(null),
                papers.stream().map(p -> new PaperView(p.position(), p.name(), p.fileName().orElse(null),
                        p.mediaType().orElse(null), p.sizeBytes().orElse(null), p.sha256().orElse(null))).toList(),
                intervals.stream().map(i -> new IntervalView(i.seq(), i.kind().name(), Times.local(i.startedAt()),
                        Times.local(i.endedAt().orElse(null)), i.units().orElse(null), i.reason(),
                        i.apology().orElse(null), Times.local(i.dueBefore().orElse(null)),
                        Times.local(i.dueAfter().orElse(null)))).toList());
    }
}

package vn.lienthong.procedure.dossier;

import java.time.OffsetDateTime;
import java.util.List;

import static vn.lienthong.platform.time.HubClock.local;

/**
 * A dossier as the agencies handling it see it, papers and interval records included;
 * {@code lookupKey} is what the receipt prints beside the code for the applicant's public look-up,
 * so that the agency can print the receipt again. {@code currentStepOwner} is absent once every step
 * is done.
 */
public record DossierView(String code, String procedureCode, String agencyCode, int channel, String state,
                          int nationalStatus, int currentStep, int stepCount, String currentStepOwner,
                          Applicant applicant, String summary, String lookupKey,
                          OffsetDateTime registeredAt, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                          int extensionUnits, OffsetDateTime pausedSince, OffsetDateTime finishedAt,
                          OffsetDateTime returnedAt, String timeliness, String resultNote,
                          List<PaperView> papers, List<IntervalView> intervals) {

    /** A paper handed in, without its file (fetched on its own). */
    public record PaperView(int position, String name, String fileName, String mediaType, Long sizeBytes, String sha256) {

        static PaperView of(DossierPaper p) {
            return new PaperView(p.position(), p.name(), p.fileName().orElse(null), p.mediaType().orElse(null),
                    p.sizeBytes().orElse(null), p.sha256().orElse(null));
        }
    }

    /** A pause or an extension, with the due dates before and after it. */
    public record IntervalView(int seq, String kind, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer units,
                               String reason, String apology, OffsetDateTime dueBefore, OffsetDateTime dueAfter) {

        static IntervalView of(DossierInterval i) {
            return new IntervalView(i.seq(), i.kind().name(), local(i.startedAt()), local(i.endedAt().orElse(null)),
                    i.units().orElse(null), i.reason(), i.apology().orElse(null), local(i.dueBefore().orElse(null)),
                    local(i.dueAfter().orElse(null)));
        }
    }

    static DossierView of(Dossier d, int nationalStatus, String currentStepOwner, List<DossierPaper> papers,
                          List<DossierInterval> intervals) {
        DossierClock c = d.clock();
        return new DossierView(d.code(), d.procedureCode(), d.agency().value(), d.channel().nationalCode(),
                d.state().name(), nationalStatus, d.currentStep(), d.stepCount(), currentStepOwner,
                d.applicant(), d.summary().orElse(null), d.lookupKey().value(),
                local(c.registeredAt()), local(c.receivedAt().orElse(null)), local(c.dueAt().orElse(null)),
                c.extensionUnits(), local(c.pausedSince().orElse(null)), local(c.finishedAt().orElse(null)),
                local(c.returnedAt().orElse(null)), c.timeliness().map(Enum::name).orElse(null), c.resultNote().orElse(null),
                papers.stream().map(PaperView::of).toList(), intervals.stream().map(IntervalView::of).toList());
    }
}

package vn.lienthong.web.rest.procedure.dossier;

import vn.lienthong.procedure.dossier.DossierEvent;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** A line of a dossier's log. */
public record DossierEventJson(int seq, OffsetDateTime occurredAt, String actor, String actorAgency, String action,
                               String fromState, String toState, Integer step, String reason, OffsetDateTime dueAt) {

    static DossierEventJson of(DossierEvent e) {
        return new DossierEventJson(e.seq(), Times.local(e.occurredAt()), e.actor(), e.actorAgency().orElse(null),
                e.action().pathName(), e.fromState().map(Enum::name).orElse(null), e.toState().name(),
                e.stepNo().orElse(null), e.reason().orElse(null), Times.local(e.dueAt().orElse(null)));
    }
}

package vn.lienthong.procedure.dossier;

import java.time.OffsetDateTime;

import static vn.lienthong.platform.time.HubClock.local;

/** A line of a dossier's log: who did what, when, why, and the state and due date it left. */
public record DossierEventView(int seq, OffsetDateTime occurredAt, String actor, String actorAgency, String action,
                               String fromState, String toState, Integer step, String reason, OffsetDateTime dueAt) {

    static DossierEventView of(DossierEvent e) {
        return new DossierEventView(e.seq(), local(e.occurredAt()), e.actor(), e.actorAgency().orElse(null),
                e.action().pathName(), e.fromState().map(Enum::name).orElse(null), e.toState().name(),
                e.stepNo().orElse(null), e.reason().orElse(null), local(e.dueAt().orElse(null)));
    }
}

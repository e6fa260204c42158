package vn.lienthong.web.rest.procedure.portal;

import vn.lienthong.procedure.portal.PortalSyncView;
import vn.lienthong.web.rest.Times;

import java.time.OffsetDateTime;

/** One dossier change on its way to the national portal, as administrators see it. */
public record PortalSyncJson(String dossierCode, int seq, int nationalStatus, String state, int attempts,
                             OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
                             OffsetDateTime sentAt) {

    static PortalSyncJson of(PortalSyncView s) {
        return new PortalSyncJson(s.dossierCode(), s.seq(), s.nationalStatus(), s.state().name(), s.attempts(),
                Times.local(s.nextAttemptAt()), s.lastError().orElse(null), Times.local(s.createdAt()),
                s.sentAt().map(Times::local).orElse(null));
    }
}

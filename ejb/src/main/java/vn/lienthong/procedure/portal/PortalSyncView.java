package vn.lienthong.procedure.portal;

import jakarta.json.Json;
import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

/**
 * One dossier change on its way to the national portal, as administrators and the reconciliation see
 * it: the queued item of queue {@value PortalSender#QUEUE} with the national status it carries (the
 * {@code TrangThaiHoSo} of the record taken at the change).
 */
public record PortalSyncView(String dossierCode, int seq, int nationalStatus, OutboxState state, int attempts,
                             Instant nextAttemptAt, Optional<String> lastError, Instant createdAt,
                             Optional<Instant> sentAt) {

    static PortalSyncView of(QueuedItem item) {
        return new PortalSyncView(item.key(), item.seqAsInt(), nationalStatusIn(item.payload().orElseThrow()), item.state(),
                item.attempts(), item.nextAttemptAt(), item.lastError(), item.createdAt(), item.sentAt());
    }

    static int nationalStatusIn(String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().getJsonObject("HoSo").getInt("TrangThaiHoSo");
        }
    }
}

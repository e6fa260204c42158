package vn.lienthong.procedure.dossier;

import java.time.Instant;
import java.util.Optional;

/**
 * A dossier's times as the national record (the portal's payload) names them, read off its
 * {@link DossierClock}. Kept out of {@link Dossier} because only the portal payload reads them; once
 * portal sync (being moved onto platform.outbox) reads {@code clock()} itself, this interface goes.
 */
public interface NationalRecordTimes {

    DossierClock clock();

    default Instant registeredAt() {
        return clock().registeredAt();
    }

    default Optional<Instant> receivedAt() {
        return clock().receivedAt();
    }

    default Optional<Instant> finishedAt() {
        return clock().finishedAt();
    }

    default Optional<Instant> returnedAt() {
        return clock().returnedAt();
    }

    default Optional<String> resultNote() {
        return clock().resultNote();
    }
}

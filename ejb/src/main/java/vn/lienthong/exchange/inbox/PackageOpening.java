package vn.lienthong.exchange.inbox;

import vn.lienthong.exchange.document.HubDocumentId;
import vn.lienthong.exchange.document.StoredPackage;
import vn.lienthong.platform.batch.Refusal;

import java.util.Optional;

/**
 * One package of a batch fetch: the stored bytes ready to stream, or why this one cannot be had
 * (unknown, not the caller's, not yet delivered, taken back). The bytes are read only when the
 * caller streams them, one chunk at a time, so a batch of large packages costs no memory.
 */
public record PackageOpening(HubDocumentId documentId, StoredPackage stored, Refusal refusal) {

    public PackageOpening {
        if ((stored == null) == (refusal == null)) {
            throw new IllegalArgumentException("a package is either opened or refused");
        }
    }

    static PackageOpening opened(StoredPackage stored) {
        return new PackageOpening(stored.id(), stored, null);
    }

    static PackageOpening refused(HubDocumentId documentId, Refusal refusal) {
        return new PackageOpening(documentId, null, refusal);
    }

    public Optional<StoredPackage> opened() {
        return Optional.ofNullable(stored);
    }
}

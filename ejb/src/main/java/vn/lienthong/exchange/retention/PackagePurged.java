package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;

/**
 * A package purged under a retention rule; fired in the transaction that deletes its bytes, so an
 * observer recording it (the tamper-evident log) commits or rolls back with it. The digest stays known.
 */
public record PackagePurged(HubDocumentId documentId, String category, String rule, String sha256, long sizeBytes,
                            Instant at) {
}

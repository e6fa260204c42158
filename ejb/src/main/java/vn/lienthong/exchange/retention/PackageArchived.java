package vn.lienthong.exchange.retention;

import vn.lienthong.exchange.document.HubDocumentId;

import java.time.Instant;

/**
 * A package moved to the archive store under a retention rule; fired in the transaction that deletes
 * its database chunks, so an observer recording it (the tamper-evident log) commits or rolls back with it.
 */
public record PackageArchived(HubDocumentId documentId, String category, String rule, String sha256, long sizeBytes,
                              Instant at) {
}

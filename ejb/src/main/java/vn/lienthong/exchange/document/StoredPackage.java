package vn.lienthong.exchange.document;

import java.io.InputStream;

/** A package as stored, ready to stream to its reader: the bytes exactly as the sender sent them. */
public record StoredPackage(HubDocumentId id, long sizeBytes, String sha256, InputStream content) {
}

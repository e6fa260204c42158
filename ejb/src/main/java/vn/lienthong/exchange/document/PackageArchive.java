package vn.lienthong.exchange.document;

import java.io.InputStream;

/**
 * The archive store (kho lưu trữ): where a package goes when its retention rule says ARCHIVE, byte for
 * byte, and whence it is still fetched. One abstraction, two stores chosen by configuration only
 * ({@code lienthong.archive.store}, {@link PackageArchives}): a directory ({@link DirectoryArchive}) or an
 * S3-compatible object store ({@link ObjectStoreArchive}). The retention job and the fetch know only this
 * interface. Both keep one rule: {@link #write} returns only once the package is durably in the store and
 * its SHA-256 has been checked there, so the caller may then delete the database copy; and every read is
 * checked against the SHA-256 as it streams.
 */
public interface PackageArchive {

    /**
     * Puts the package ({@code sizeBytes} bytes whose SHA-256 is {@code expectedSha256}) durably in the store,
     * replacing an earlier copy.
     *
     * @throws RuntimeException naming the document and the cause when the package is not (or not verifiably) in
     *                          the store: the caller must then keep the database copy
     */
    void write(HubDocumentId id, InputStream bytes, String expectedSha256, long sizeBytes);

    /** The archived bytes, streamed; the last read fails if they do not match {@code sha256}. */
    InputStream open(HubDocumentId id, String sha256);

    /** Which store this is, for the start-up log and errors ("directory /srv/archive", "s3://bucket at https://..."). */
    String describe();

    /**
     * Where a package lives inside either store: grouped by the time-ordered id's first five hex digits (about
     * three days each), so that no directory or listing grows without bound.
     */
    static String key(HubDocumentId id) {
        return id.value().substring(0, 5) + "/" + id.value() + ".edxml";
    }
}

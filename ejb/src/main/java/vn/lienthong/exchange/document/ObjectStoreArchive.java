package vn.lienthong.exchange.document;

import vn.lienthong.platform.objectstore.ObjectStoreClient;
import vn.lienthong.platform.objectstore.ObjectStoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The archive store as an S3-compatible object store ({@code lienthong.archive.store=s3}), one object per
 * package under the same key as the directory store's file. A package counts as archived only when the store
 * has confirmed it: the PUT is signed with the package's SHA-256, so a store implementing S3 refuses any other
 * bytes; the hub digests what it sent as well; then a HEAD must show the object with that length and, where the
 * entity tag is the plain MD5 of a single PUT, that MD5 (otherwise, e.g. under KMS encryption, the object is read
 * back and digested). Any failure throws before the caller deletes the database copy.
 */
final class ObjectStoreArchive implements PackageArchive {

    private static final Pattern PLAIN_MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    private final ObjectStoreClient store;

    ObjectStoreArchive(ObjectStoreClient store) {
        this.store = store;
    }

    @Override
    public String describe() {
        return store.describe("");
    }

    @Override
    public void write(HubDocumentId id, InputStream bytes, String expectedSha256, long sizeBytes) {
        String key = PackageArchive.key(id);
        ObjectStoreClient.Sent sent;
        try {
            sent = store.put(key, bytes, sizeBytes, expectedSha256);
        } catch (ObjectStoreException e) {
            throw notArchived(id, key, e.getMessage(), e);
        }
        if (!sent.sha256().equalsIgnoreCase(expectedSha256)) {
            store.delete(key);
            throw new IllegalStateException("The package of " + id + " read from the database has SHA-256 " + sent.sha256()
                    + ", not " + expectedSha256 + ": it stays in the database");
        }
        ObjectStoreClient.Head head;
        try {
            head = store.head(key).orElseThrow(() -> notArchived(id, key, "the store does not show the object it accepted", null));
        } catch (ObjectStoreException e) {
            throw notArchived(id, key, e.getMessage(), e);
        }
        if (head.contentLength() != sent.bytes()) {
            throw notArchived(id, key, "the store holds " + head.contentLength() + " bytes, " + sent.bytes() + " were sent", null);
        }
        if (PLAIN_MD5.matcher(head.etag()).matches()) {
            if (!head.etag().equalsIgnoreCase(sent.md5())) {
                throw notArchived(id, key, "the store's ETag " + head.etag() + " is not the MD5 " + sent.md5() + " of the bytes sent", null);
            }
        } else {
            readBack(id, key, expectedSha256);
        }
    }

    /** Where the entity tag says nothing about the bytes: read them back and digest them. */
    private void readBack(HubDocumentId id, String key, String sha256) {
        try (InputStream in = open(id, sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw notArchived(id, key, "reading it back failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(HubDocumentId id, String sha256) {
        String key = PackageArchive.key(id);
        try {
            return new DigestCheckedStream(store.get(key), sha256, "The archived package " + store.describe(key));
        } catch (ObjectStoreException e) {
            if (e.status() == 404) {
                throw new IllegalStateException("The archived package of " + id + " is missing from " + store.describe(key), e);
            }
            throw new UncheckedIOException(new IOException("The archived package of " + id + " could not be opened: " + e.getMessage(), e));
        }
    }

    private IllegalStateException notArchived(HubDocumentId id, String key, String why, Exception cause) {
        return new IllegalStateException("The package of " + id + " could not be archived to " + store.describe(key) + " (" + why
                + "): it stays in the database, and the next retention run tries again / gói tin vẫn ở trong cơ sở dữ liệu", cause);
    }
}

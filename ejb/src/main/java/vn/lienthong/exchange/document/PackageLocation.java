package vn.lienthong.exchange.document;

/** Where a document's package bytes are (issue 19, retention): the database, the archive store, or nowhere. */
public enum PackageLocation {
    /** In table package_chunk, as accepted. */
    DATABASE,
    /** In the archive store (lienthong.archive.dir), byte for byte, its SHA-256 kept on the document. */
    ARCHIVE,
    /** Purged under a retention rule: only the document's row and its digest remain. */
    PURGED
}

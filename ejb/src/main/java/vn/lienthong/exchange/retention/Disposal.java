package vn.lienthong.exchange.retention;

/** What happens to a package once its retention period is over. */
public enum Disposal {
    /** Moved to the archive store (chuyển vào kho lưu trữ): still fetched, byte for byte. */
    ARCHIVE,
    /** Purged (hủy): the bytes are deleted, fetching answers 410 DOCUMENT_PURGED. */
    PURGE
}

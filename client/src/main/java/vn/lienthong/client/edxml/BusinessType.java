package vn.lienthong.client.edxml;

/** {@code BussinessDocType} (loại nghiệp vụ): what the hub does with the document (docs/edxml.md). */
public enum BusinessType {
    /** 0: a new document (văn bản mới). */
    NEW,
    /** 1: revoke an earlier document (thu hồi). */
    REVOKE,
    /** 2: update an earlier document (cập nhật). */
    UPDATE,
    /** 3: replace an earlier document (thay thế). */
    REPLACE;

    int code() {
        return ordinal();
    }
}

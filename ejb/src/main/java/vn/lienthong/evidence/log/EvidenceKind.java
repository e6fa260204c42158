package vn.lienthong.evidence.log;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to a document, as the log names it. {@code RELAYED} is defined for what is to come
 * (relay to another hub, issue 18) and not written yet; a kind is never renamed, since its code is
 * inside hashed entries.
 */
public enum EvidenceKind {
    /** The hub accepted the package (đã tiếp nhận); detail: its business type. */
    ACCEPTED,
    /** The hub refused a package (từ chối); no document id, detail: the problem code. */
    REFUSED,
    /** Put in a recipient's inbox (đã chuyển). */
    DELIVERED,
    /** The recipient downloaded the package (đã lấy về); detail {@code push} when pushed to its endpoint. */
    FETCHED,
    /** The recipient confirmed its fetch, or reported a failure (xác nhận); detail: done or failed and why. */
    ACKNOWLEDGED,
    /** A status package about the document (trạng thái); detail: the status code. */
    STATUS,
    /** The sender revoked the document (thu hồi); detail: the revoking package's id. */
    REVOKED,
    /** The sender asked for the document back (lấy lại, 13). */
    TAKE_BACK,
    /** A later package updates the document (cập nhật); detail: the updating package's id. */
    UPDATED,
    /** A later package replaces the document (thay thế); detail: the replacing package's id. */
    REPLACED,
    /** Reserved: passed on to another hub. */
    RELAYED,
    /** Package bytes moved to the archive store under a retention rule (exchange.retention). */
    ARCHIVED,
    /** Package bytes purged under a retention rule (exchange.retention). */
    PURGED;

    /** The code written in entries: the name in lower case, words joined by a hyphen. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<EvidenceKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}

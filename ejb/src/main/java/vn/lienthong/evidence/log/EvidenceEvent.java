package vn.lienthong.evidence.log;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event to append: its kind, the hub's id of the document (none for a refusal), the agency that
 * acted or was acted for, and a short detail (a status code, a problem code, a business type).
 */
public record EvidenceEvent(EvidenceKind kind, String document, AgencyCode agency, String detail) {

    public static final int DETAIL_LENGTH = 400;
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public EvidenceEvent {
        Objects.requireNonNull(kind, "kind");
        if (document != null && !DOCUMENT_ID.matcher(document).matches()) {
            throw new IllegalArgumentException("not a hub document id: " + document);
        }
        if (document == null && kind != EvidenceKind.REFUSED) {
            throw new IllegalArgumentException("an entry of kind " + kind.code() + " names its document");
        }
        // A reason the recipient typed may be long; the log keeps its beginning, the delivery row all of it.
        detail = detail == null || detail.isBlank() ? null
                : detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
    }

    public static EvidenceEvent of(EvidenceKind kind, String document, AgencyCode agency, String detail) {
        return new EvidenceEvent(kind, document, agency, detail);
    }

    public static EvidenceEvent refused(AgencyCode agency, String problemCode) {
        return new EvidenceEvent(EvidenceKind.REFUSED, null, agency, problemCode);
    }
}

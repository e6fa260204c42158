package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.edxml.Business;
import vn.lienthong.exchange.edxml.DocumentPackage;
import vn.lienthong.exchange.edxml.InvalidPackageException;
import vn.lienthong.exchange.edxml.Replacement;

import java.util.List;
import java.util.Optional;

/**
 * The earlier document a revoke, update or replace acts on, as the package names it, and the
 * element that names it (for a refusal when the hub does not have it). docs/edxml.md, "Business
 * types acted upon", states the rule for client developers.
 */
record EarlierDocument(String edxmlDocumentId, String element) {

    static final String BUSINESS_DOCUMENT_ID = "TraceHeaderList/Bussiness/DocumentId";
    private static final String REPLACEMENT = "TraceHeaderList/Bussiness/ReplacementInfoList/ReplacementInfo";

    /**
     * Empty for a new document. A revoke or update names the earlier document in
     * {@code Bussiness/DocumentId}, else by the package's own DocumentId (senders revoke and update
     * by sending the document's header again). A replace is a new document with a DocumentId of its
     * own, and names the one it replaces in {@code ReplacementInfo/DocumentId}: it is required, and
     * several ReplacementInfo (one per group of recipients) must name the same document.
     */
    static Optional<EarlierDocument> namedBy(DocumentPackage pkg, String ownEdxmlId) {
        Business business = pkg.business();
        return switch (pkg.businessType()) {
            case NEW -> Optional.empty();
            case REVOKE, UPDATE -> {
                if (business != null && business.documentId() != null) {
                    yield Optional.of(new EarlierDocument(business.documentId(), BUSINESS_DOCUMENT_ID));
                }
                if (ownEdxmlId == null) {
                    throw InvalidPackageException.missing(BUSINESS_DOCUMENT_ID);
                }
                yield Optional.of(new EarlierDocument(ownEdxmlId, BUSINESS_DOCUMENT_ID));
            }
            case REPLACE -> Optional.of(replaced(business == null ? List.of() : business.replacements()));
        };
    }

    private static EarlierDocument replaced(List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            throw new InvalidPackageException(REPLACEMENT + "/DocumentId",
                    "a replace (3) must name the document it replaces",
                    "văn bản thay thế (3) phải nêu văn bản bị thay thế");
        }
        EarlierDocument first = null;
        for (int i = 0; i < replacements.size(); i++) {
            String element = REPLACEMENT + "[" + (i + 1) + "]/DocumentId";
            String id = replacements.get(i).documentId();
            if (id == null) {
                throw InvalidPackageException.missing(element);
            }
            if (first == null) {
                first = new EarlierDocument(id, element);
            } else if (!first.edxmlDocumentId().equals(id)) {
                throw new InvalidPackageException(element,
                        "a replace replaces one document, and '" + first.edxmlDocumentId() + "' is named before '" + id + "'",
                        "một văn bản thay thế chỉ thay thế một văn bản, đã nêu '" + first.edxmlDocumentId() + "' trước '" + id + "'");
            }
        }
        return first;
    }
}

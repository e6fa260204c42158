package vn.lienthong.evidence.bundle;

import vn.lienthong.platform.BusinessException;

/**
 * The hub cannot prove a document's entries without showing what it must not show, or has nothing to
 * prove: no entry names the document, or the proof would have to disclose another document's entry
 * written in version 1, which is linked by its full text (docs/evidence.md, "Evidence bundles").
 */
public class EvidenceNotProvableException extends BusinessException {

    public EvidenceNotProvableException(String messageEn, String messageVi) {
        super("EVIDENCE_NOT_PROVABLE", messageEn, messageVi);
    }
}

package vn.lienthong.signature.verification;

import vn.lienthong.platform.BusinessException;

/**
 * A package refused because of its signature: the code says which check (SIGNATURE_INVALID,
 * SIGNATURE_REQUIRED, SIGNER_NOT_OF_SENDER, CERTIFICATE_REVOKED, ...), the message says why.
 */
public class SignatureRefusedException extends BusinessException {

    private final transient SignatureVerdict verdict;

    public SignatureRefusedException(SignatureVerdict verdict) {
        super(verdict.check().refusalCode(), verdict.reasonEn(), verdict.reasonVi(), "edXMLHeader/Signature");
        this.verdict = verdict;
    }

    public SignatureVerdict verdict() {
        return verdict;
    }
}

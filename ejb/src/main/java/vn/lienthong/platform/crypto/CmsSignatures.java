package vn.lienthong.platform.crypto;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.security.cert.X509Certificate;

/**
 * Checks a CMS SignedData (RFC 5652) made by one known signer: the hub's receipts and the detached
 * signatures of its directory answers (signature.hubkey signs them), and the upstream hub's
 * directory pages a provincial instance follows (directory.federation). One check, for both.
 */
public final class CmsSignatures {

    private CmsSignatures() {
    }

    /**
     * The one signer of {@code cms}, verified with {@code certificate}.
     *
     * @param detached the signed content when the signature is detached, null when it is inside
     * @throws InvalidCmsSignatureException when it is not exactly one signer's valid signature
     */
    public static Verified verify(byte[] cms, X509Certificate certificate, byte[] detached) {
        try {
            CMSSignedData signed = detached == null ? new CMSSignedData(cms)
                    : new CMSSignedData(new CMSProcessableByteArray(detached), cms);
            if (signed.getSignerInfos().size() != 1) {
                throw new InvalidCmsSignatureException("expected exactly one signer, found " + signed.getSignerInfos().size());
            }
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new InvalidCmsSignatureException("the signature does not verify with the hub certificate");
            }
            byte[] content = detached != null ? detached : (byte[]) signed.getSignedContent().getContent();
            return new Verified(signer, content);
        } catch (CMSException | RuntimeException e) {
            if (e instanceof InvalidCmsSignatureException invalid) {
                throw invalid;
            }
            throw new InvalidCmsSignatureException("not signed by this hub certificate: " + e.getMessage());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verified signer and the content it signed. */
    public record Verified(SignerInformation signer, byte[] content) {
    }

    /** Not what the holder of the certificate signed. */
    public static final class InvalidCmsSignatureException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidCmsSignatureException(String message) {
            super(message);
        }
    }
}

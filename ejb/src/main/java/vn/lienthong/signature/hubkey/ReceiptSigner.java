package vn.lienthong.signature.hubkey;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.List;
import java.util.Optional;

/**
 * Signs with the hub's key as CMS SignedData (RFC 5652), which anyone can check offline with
 * {@code openssl cms -verify} or {@link ReceiptVerifier}: receipts carry their content
 * (encapsulated), directory answers get a detached signature of the exact body. A receipt is
 * timestamped (RFC 3161, unsigned attribute signatureTimeStampToken) when a TSA is configured and
 * answers; when it does not, the receipt is still signed and says it is not timestamped.
 */
public final class ReceiptSigner {

    /** The signed bytes and whether a TSA token is inside. */
    public record Signed(byte[] cms, boolean timestamped) {
    }

    private final HubKey key;
    private final Optional<TimestampClient> tsa;

    public ReceiptSigner(HubKey key, Optional<TimestampClient> tsa) {
        this.key = key;
        this.tsa = tsa;
    }

    /** A receipt: the content inside the signature, timestamped when possible. */
    public Signed signReceipt(byte[] content) throws TimestampUnavailable {
        CMSSignedData signed = sign(content, true);
        if (tsa.isEmpty()) {
            return new Signed(encoded(signed), false);
        }
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        try {
            TimeStampToken token = tsa.get().stamp(signer.getSignature());
            Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure()));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attribute));
            return new Signed(encoded(CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped))), true);
        } catch (IOException | TSPException e) {
            throw new TimestampUnavailable(new Signed(encoded(signed), false), e);
        }
    }

    /** A detached signature of {@code body}: the verifier needs the body itself alongside. */
    public byte[] signDetached(byte[] body) {
        return encoded(sign(body, false));
    }

    private CMSSignedData sign(byte[] content, boolean encapsulate) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            return generator.generate(new CMSProcessableByteArray(content), encapsulate);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("The hub key cannot sign: " + e.getMessage(), e);
        }
    }

    private static byte[] encoded(CMSSignedData signed) {
        try {
            return signed.getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The TSA did not answer; the receipt signed without a timestamp is inside. */
    public static final class TimestampUnavailable extends Exception {
        private final transient Signed withoutTimestamp;

        TimestampUnavailable(Signed withoutTimestamp, Exception cause) {
            super(cause.getMessage(), cause);
            this.withoutTimestamp = withoutTimestamp;
        }

        public Signed withoutTimestamp() {
            return withoutTimestamp;
        }
    }
}

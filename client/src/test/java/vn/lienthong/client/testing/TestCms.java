package vn.lienthong.client.testing;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

/** CMS signatures as the hub makes them with its key: encapsulated (receipts) or detached (directory answers). */
public final class TestCms {

    private TestCms() {
    }

    public static byte[] sign(byte[] content, KeyPair key, X509Certificate certificate, boolean encapsulate) throws Exception {
        CMSSignedDataGenerator g = new CMSSignedDataGenerator();
        g.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()), certificate));
        g.addCertificates(new JcaCertStore(List.of(certificate)));
        return g.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
    }

    /** A detached signature, for use where a checked exception cannot be thrown. */
    public static byte[] signUnchecked(byte[] content, KeyPair key, X509Certificate certificate) {
        try {
            return sign(content, key, certificate, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

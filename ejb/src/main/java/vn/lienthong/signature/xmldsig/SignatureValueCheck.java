package vn.lienthong.signature.xmldsig;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;

/**
 * Checks the SignatureValue over the canonical SignedInfo with the signer's key: RSA PKCS#1 v1.5,
 * or ECDSA, whose XML-DSig value is r and s side by side (RFC 4050) and is turned into the DER
 * sequence the JCA verifies, the way the JDK's XML-DSig does.
 */
public final class SignatureValueCheck {

    private static final Map<String, String> JCA = Map.of(
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "SHA1withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "SHA256withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "SHA384withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "SHA512withRSA",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1", "SHA1withECDSA",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "SHA256withECDSA",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "SHA384withECDSA",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", "SHA512withECDSA");

    private SignatureValueCheck() {
    }

    /**
     * @return whether the value verifies
     * @throws GeneralSecurityException when it cannot even be checked (a value of the wrong length
     *                                  or shape), which the JDK reports as an error, not as "false"
     */
    public static boolean verifies(String method, PublicKey key, byte[] canonicalSignedInfo, byte[] value)
            throws GeneralSecurityException {
        String jca = JCA.get(method);
        if (jca == null) {
            throw new GeneralSecurityException("unsupported signature method " + method);
        }
        Signature signature = Signature.getInstance(jca);
        signature.initVerify(key);
        signature.update(canonicalSignedInfo);
        return signature.verify(jca.endsWith("ECDSA") ? der(value) : value);
    }

    /** r || s (each half of the value, big-endian) as DER SEQUENCE { INTEGER r, INTEGER s }. */
    static byte[] der(byte[] raw) throws GeneralSecurityException {
        int half = raw.length / 2;
        if (half == 0) {
            throw new GeneralSecurityException("Invalid XMLDSIG format of ECDSA signature");
        }
        byte[] r = integer(raw, 0, half);
        byte[] s = integer(raw, half, half);
        int length = 2 + r.length + 2 + s.length;
        if (length > 255) {
            throw new GeneralSecurityException("Invalid XMLDSIG format of ECDSA signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 3);
        out.write(0x30);
        if (length >= 128) {
            out.write(0x81);
        }
        out.write(length);
        out.write(0x02);
        out.write(r.length);
        out.write(r, 0, r.length);
        out.write(0x02);
        out.write(s.length);
        out.write(s, 0, s.length);
        return out.toByteArray();
    }

    /** The minimal two's-complement encoding of an unsigned big-endian number (at least one byte). */
    private static byte[] integer(byte[] raw, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end - 1 && raw[start] == 0) {
            start++;
        }
        boolean pad = (raw[start] & 0x80) != 0;
        byte[] out = new byte[end - start + (pad ? 1 : 0)];
        System.arraycopy(raw, start, out, pad ? 1 : 0, end - start);
        return out;
    }
}

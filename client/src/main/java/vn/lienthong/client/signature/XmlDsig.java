package vn.lienthong.client.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECKey;
import java.util.Arrays;

/** The algorithm identifiers of the shape the hub accepts (docs/signatures.md), and ECDSA's two value encodings. */
final class XmlDsig {

    static final String NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    static final String EXC_C14N_WITH_COMMENTS = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments";
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    static final String SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    static final String SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512";
    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    static final String RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    static final String ECDSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    static final String ECDSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

    private XmlDsig() {
    }

    /** The JCA digest of an XML-DSig digest method, or null when the client does not accept it (SHA-1 included). */
    static String digestAlgorithm(String uri) {
        return switch (uri) {
            case SHA256 -> "SHA-256";
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
            default -> null;
        };
    }

    /** The JCA signature of an XML-DSig signature method, or null when not accepted. */
    static String signatureAlgorithm(String uri) {
        return switch (uri) {
            case RSA_SHA256 -> "SHA256withRSA";
            case RSA_SHA384 -> "SHA384withRSA";
            case RSA_SHA512 -> "SHA512withRSA";
            case ECDSA_SHA256 -> "SHA256withECDSA";
            case ECDSA_SHA384 -> "SHA384withECDSA";
            case ECDSA_SHA512 -> "SHA512withECDSA";
            default -> null;
        };
    }

    /** XML-DSig writes an ECDSA value as r‖s, each the size of the curve's order; the JCA gives and takes DER. */
    static byte[] derToConcatenated(byte[] der, ECKey key) throws GeneralSecurityException {
        int size = (key.getParams().getOrder().bitLength() + 7) / 8;
        int offset = der[1] == (byte) 0x81 ? 3 : 2;
        if (der[0] != 0x30 || der[offset] != 0x02) {
            throw new GeneralSecurityException("Not a DER ECDSA signature");
        }
        int rLength = der[offset + 1];
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, offset + 2, offset + 2 + rLength));
        int sStart = offset + 2 + rLength;
        int sLength = der[sStart + 1];
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, sStart + 2, sStart + 2 + sLength));
        byte[] out = new byte[2 * size];
        put(r, out, 0, size);
        put(s, out, size, size);
        return out;
    }

    static byte[] concatenatedToDer(byte[] value) {
        int half = value.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(value, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(value, half, value.length)).toByteArray();
        int body = 2 + r.length + 2 + s.length;
        byte[] der = new byte[body + (body > 127 ? 3 : 2)];
        int i = 0;
        der[i++] = 0x30;
        if (body > 127) {
            der[i++] = (byte) 0x81;
        }
        der[i++] = (byte) body;
        der[i++] = 0x02;
        der[i++] = (byte) r.length;
        System.arraycopy(r, 0, der, i, r.length);
        i += r.length;
        der[i++] = 0x02;
        der[i++] = (byte) s.length;
        System.arraycopy(s, 0, der, i, s.length);
        return der;
    }

    private static void put(BigInteger value, byte[] out, int offset, int size) throws GeneralSecurityException {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > size ? bytes.length - size : 0;
        if (bytes.length - start > size) {
            throw new GeneralSecurityException("ECDSA value longer than the curve's order");
        }
        System.arraycopy(bytes, start, out, offset + size - (bytes.length - start), bytes.length - start);
    }
}

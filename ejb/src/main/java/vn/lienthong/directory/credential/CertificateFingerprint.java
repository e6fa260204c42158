package vn.lienthong.directory.credential;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.crypto.Sha256;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The SHA-256 fingerprint of a certificate's DER encoding, as 64 lower-case hex digits. */
public record CertificateFingerprint(String value) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public CertificateFingerprint {
        value = value == null ? null : value.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (value == null || !HEX64.matcher(value).matches()) {
            throw new InvalidRequestException("fingerprint", "A certificate fingerprint is 64 hex digits (SHA-256)",
                    "Dấu vân tay chứng thư số là 64 chữ số hệ 16 (SHA-256)");
        }
    }

    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return new CertificateFingerprint(Sha256.hex(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate cannot be encoded", e);
        }
    }
}

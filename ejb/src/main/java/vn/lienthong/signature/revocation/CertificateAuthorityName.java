package vn.lienthong.signature.revocation;

import vn.lienthong.directory.credential.CertificateFingerprint;
import vn.lienthong.signature.policy.SignerBinding;

import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the operator names a certificate authority in the revocation settings: by the SHA-256
 * fingerprint of its certificate (64 hex digits, colons allowed: exact), or by the common name (CN)
 * of its subject (case-insensitive). A CA matches only as the issuer in a path already validated to
 * a trust anchor, so a stranger's CA with the same name never gets here.
 */
public record CertificateAuthorityName(String value) {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-fA-F]{2}(:?[0-9a-fA-F]{2}){31}");

    public CertificateAuthorityName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A certificate authority is named by its CN or the SHA-256 fingerprint of its certificate");
        }
    }

    public boolean isFingerprint() {
        return FINGERPRINT.matcher(value).matches();
    }

    public boolean matches(X509Certificate authority) {
        if (isFingerprint()) {
            return CertificateFingerprint.of(authority).value().equals(value.replace(":", "").toLowerCase(Locale.ROOT));
        }
        return SignerBinding.subjectHas(authority, "CN=" + value);
    }

    @Override
    public String toString() {
        return value;
    }
}

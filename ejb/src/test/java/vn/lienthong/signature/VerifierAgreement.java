package vn.lienthong.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The differential rule between the JDK DOM verifier (the oracle) and the streaming verifier: on
 * the same bytes and policy they give the same answer — signature present or not, the same failed
 * check (or none), the same algorithm and certificates, and the same digest of the canonical
 * document when it verifies. The streaming verifier is asked twice: digesting in its first pass
 * (the usual case, the header recorded until the signature is read) and digesting in a second
 * pass (what a package whose signature comes late gets).
 */
final class VerifierAgreement {

    private VerifierAgreement() {
    }

    /** The disagreements on {@code bytes}, empty when there are none. */
    static List<String> disagreements(byte[] bytes) {
        List<String> found = new ArrayList<>();
        for (boolean acceptSha1 : new boolean[] {false, true}) {
            String oracle;
            XmlSignatureCheck dom = null;
            try {
                dom = new DomXmlSignatureVerifier().verify(new ByteArrayInputStream(bytes), acceptSha1);
                oracle = summary(dom);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // The DOM verifier threw (a 500 on the server): the streaming one must refuse instead.
                oracle = "DOM threw " + e;
            }
            String[] streams = {summary(streaming(bytes, new XmlSignatureVerifier(), acceptSha1)),
                    summary(streaming(bytes, new XmlSignatureVerifier(0), acceptSha1))};
            for (int i = 0; i < streams.length; i++) {
                boolean agree = dom == null ? streams[i].startsWith("INVALID") : oracle.equals(streams[i]);
                if (!agree) {
                    found.add("acceptSha1=" + acceptSha1 + (i == 0 ? " one pass" : " second pass") + ": DOM " + oracle
                            + " / streaming " + streams[i]);
                }
            }
        }
        return found;
    }

    static XmlSignatureCheck streaming(byte[] bytes, XmlSignatureVerifier verifier, boolean acceptSha1) {
        try {
            return verifier.verify(() -> new ByteArrayInputStream(bytes), acceptSha1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(XmlSignatureCheck check) {
        if (!check.present()) {
            return "UNSIGNED";
        }
        if (check.failure() != null) {
            return check.failure().outcome() + " " + check.failure().check();
        }
        return "VALID " + check.algorithm() + " signer=" + check.certificates().stream()
                .map(c -> c.getSubjectX500Principal().getName() + "#" + c.getSerialNumber()).toList()
                + " digest=" + (check.documentDigest() == null ? "none" : HexFormat.of().formatHex(check.documentDigest()));
    }

    static boolean sameDigest(XmlSignatureCheck a, XmlSignatureCheck b) {
        return Arrays.equals(a.documentDigest(), b.documentDigest()) && Objects.equals(a.algorithm(), b.algorithm());
    }
}

package vn.lienthong.signature.verification;


import vn.lienthong.exchange.edxml.AttachmentSink;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.EdxmlReader;
import vn.lienthong.platform.BusinessException;
import vn.lienthong.signature.xmldsig.SignatureScan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The differential rule between the JDK DOM verifier (the oracle) and the streaming verifier: on
 * the same bytes and policy they give the same answer — signature present or not, the same failed
 * check (or none), the same algorithm and certificates, and the same digest of the canonical
 * document when it verifies. The streaming verifier is asked twice: digesting in its first pass
 * (the usual case, the header recorded until the signature is read) and digesting in a second
 * pass (what a package whose signature comes late gets); and, for a package the edXML reader
 * accepts, digesting in the reader's own pass, as a submission does.
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
            } catch (IOException | RuntimeException e) {
                // The DOM verifier threw (a 500 on the server; e.g. an encoding the JDK does not know):
                // the streaming one must refuse instead.
                oracle = "DOM threw " + e;
            }
            List<String> streams = new ArrayList<>(List.of(summary(streaming(bytes, new XmlSignatureVerifier(), acceptSha1)),
                    summary(streaming(bytes, new XmlSignatureVerifier(0), acceptSha1))));
            readerPass(bytes, acceptSha1).ifPresent(check -> streams.add(summary(check)));
            for (int i = 0; i < streams.size(); i++) {
                boolean agree = dom == null ? streams.get(i).startsWith("INVALID") : oracle.equals(streams.get(i));
                if (!agree) {
                    found.add("acceptSha1=" + acceptSha1 + " " + PASSES[i] + ": DOM " + oracle + " / streaming " + streams.get(i));
                }
            }
        }
        return found;
    }

    private static final String[] PASSES = {"verifier's own pass", "digest in a second pass", "edXML reader's pass"};
    private static final EdxmlLimits LIMITS = EdxmlLimits.DEFAULT;

    /**
     * The verdict as the hub gives it on submission: the edXML reader's one pass digests the
     * package on the way ({@code SubmissionService}); empty when the reader refuses the package,
     * which then is never verified.
     */
    static Optional<XmlSignatureCheck> readerPass(byte[] bytes, boolean acceptSha1) {
        SignatureScan scan = SignatureScan.firstPass();
        try {
            new EdxmlReader(LIMITS).read(new ByteArrayInputStream(bytes), AttachmentSink.DISCARD, scan::event);
        } catch (BusinessException refused) {
            return Optional.empty();
        }
        try {
            return Optional.of(new XmlSignatureVerifier().verify(PackageVerifier.PackageBytes.scannedBy(() -> {
                throw new AssertionError("the reader's pass digested the package: no second read");
            }, scan), acceptSha1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package vn.lienthong.evidence.bundle;

import vn.lienthong.evidence.head.HeadContent;
import vn.lienthong.platform.crypto.Sha256;
import vn.lienthong.signature.hubkey.ReceiptVerifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an evidence bundle with nothing but the ZIP and, ideally, the hub certificate the auditor
 * trusts (docs/evidence.md, "Evidence bundles"). In this order, stopping at the first failure:
 * {@code MIMETYPE} (first, stored, the ASiC-E type); {@code MANIFEST_SIGNATURE} (the hub key signed the
 * manifest); {@code MANIFEST_DIGEST} (every file is listed and has its listed SHA-256 and size, nothing
 * else is in the ZIP); {@code PROOF_FORMAT}; {@code HEAD_SIGNATURE} (the hub key signed the head the
 * proof ends at, and its RFC 3161 token when it says timestamped); {@code CHAIN} (every entry's hash
 * follows from the previous one, shown entries are the document's, the last is the signed head);
 * {@code PACKAGE_DIGEST} (the package's SHA-256 is the one the accepted entry and the acceptance
 * receipt name); {@code RECEIPT} (every receipt verifies).
 */
public final class BundleVerifier {

    public static final String PACKAGE = "package.edxml";
    public static final String CHAIN = "evidence/chain.txt";
    public static final String HEAD = "evidence/head.p7s";
    private static final Pattern ACCEPTED_DIGEST = Pattern.compile("\"kind\":\"accepted\",.*\"detail\":\"[a-z]+ sha256=([0-9a-f]{64})\"}$");
    private static final Pattern RECEIPT_DIGEST = Pattern.compile("\"packageSha256\":\"([0-9a-f]{64})\"");

    private final List<String> facts = new ArrayList<>();

    private BundleVerifier() {
    }

    /** Checks the bundle at {@code zip}; {@code trusted} is the hub certificate to check signatures with (else the bundle's own, which proves less). */
    public static BundleReport verify(Path zip, Optional<X509Certificate> trusted) throws IOException {
        BundleVerifier verifier = new BundleVerifier();
        try (ZipFile file = open(zip)) {
            verifier.check(file, trusted);
            return new BundleReport(verifier.facts, Optional.empty());
        } catch (Invalid e) {
            return new BundleReport(verifier.facts, Optional.of(new BundleReport.Failure(e.check, e.getMessage(), e.vi)));
        }
    }

    private static ZipFile open(Path zip) throws IOException, Invalid {
        try {
            return new ZipFile(zip.toFile());
        } catch (ZipException e) {
            throw new Invalid("MIMETYPE", "not a ZIP file: " + e.getMessage(), "không phải tệp ZIP: " + e.getMessage());
        }
    }

    private void check(ZipFile zip, Optional<X509Certificate> trusted) throws Invalid {
        Map<String, ZipEntry> entries = entries(zip);
        X509Certificate hub = trusted.isPresent() ? trusted.get() : bundleCertificate(zip, entries);
        facts.add("Hub certificate: " + hub.getSubjectX500Principal().getName()
                + (trusted.isPresent() ? " (given)" : " (taken from the bundle itself: pin the hub's certificate to prove more)"));

        byte[] manifestBytes = read(zip, entries, BundleWriter.MANIFEST);
        try {
            ReceiptVerifier.verify(read(zip, entries, BundleWriter.SIGNATURE), hub, manifestBytes);
        } catch (ReceiptVerifier.ReceiptInvalid e) {
            throw new Invalid("MANIFEST_SIGNATURE", BundleWriter.SIGNATURE + " is not the hub's signature of " + BundleWriter.MANIFEST
                    + ": " + e.getMessage(), BundleWriter.SIGNATURE + " không phải chữ ký của trục trên " + BundleWriter.MANIFEST);
        }
        facts.add("Manifest signed by the hub key");
        BundleManifest manifest;
        try {
            manifest = BundleManifest.parse(manifestBytes);
        } catch (IllegalArgumentException e) {
            throw new Invalid("MANIFEST_DIGEST", e.getMessage(), "không đọc được " + BundleWriter.MANIFEST);
        }
        Map<String, String> digests = digests(zip, entries, manifest);
        facts.add(manifest.entries().size() + " files, each with the SHA-256 the manifest lists");

        ChainProof proof;
        try {
            proof = ChainProof.parse(new String(read(zip, entries, CHAIN), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new Invalid("PROOF_FORMAT", CHAIN + ": " + e.getMessage(), CHAIN + " sai định dạng: " + e.getMessage());
        }
        if (!proof.document().equals(manifest.document())) {
            throw new Invalid("PROOF_FORMAT", CHAIN + " is for document " + proof.document() + ", the manifest for " + manifest.document(),
                    CHAIN + " là của văn bản " + proof.document() + ", bản kê khai của " + manifest.document());
        }
        head(zip, entries, proof, hub);
        List<String> shown = chain(proof);
        packageDigest(zip, entries, proof, shown, digests, hub);
        facts.add("Document " + proof.document() + ": " + shown.size() + " entries in the log, "
                + proof.links().size() + " entries from its first to the signed head");
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) throws Invalid {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        boolean first = true;
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (first && (!entry.getName().equals("mimetype") || entry.getMethod() != ZipEntry.STORED)) {
                throw new Invalid("MIMETYPE", "the first file is not 'mimetype', stored uncompressed",
                        "tệp đầu tiên không phải 'mimetype' lưu không nén");
            }
            first = false;
            if (entries.put(entry.getName(), entry) != null) {
                throw new Invalid("MANIFEST_DIGEST", "the ZIP holds " + entry.getName() + " twice", "tệp ZIP chứa " + entry.getName() + " hai lần");
            }
        }
        if (first) {
            throw new Invalid("MIMETYPE", "the ZIP is empty", "tệp ZIP rỗng");
        }
        return entries;
    }

    private Map<String, String> digests(ZipFile zip, Map<String, ZipEntry> entries, BundleManifest manifest) throws Invalid {
        Set<String> unlisted = new HashSet<>(entries.keySet());
        unlisted.removeAll(Set.of("mimetype", BundleWriter.MANIFEST, BundleWriter.SIGNATURE));
        Map<String, String> digests = new HashMap<>();
        String mimetype = new String(read(zip, entries, "mimetype"), StandardCharsets.US_ASCII);
        if (!mimetype.equals(BundleWriter.MIMETYPE)) {
            throw new Invalid("MIMETYPE", "mimetype says '" + mimetype + "', not " + BundleWriter.MIMETYPE,
                    "mimetype ghi '" + mimetype + "', không phải " + BundleWriter.MIMETYPE);
        }
        for (BundleManifest.Entry listed : manifest.entries()) {
            ZipEntry entry = entries.get(listed.name());
            if (entry == null || !unlisted.remove(listed.name())) {
                throw new Invalid("MANIFEST_DIGEST", listed.name() + " is listed in the manifest but not in the ZIP (or listed twice)",
                        listed.name() + " có trong bản kê khai nhưng không có trong tệp ZIP (hoặc được kê hai lần)");
            }
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
            } catch (IOException e) {
                throw new Invalid("MANIFEST_DIGEST", listed.name() + " cannot be read (the ZIP was damaged): " + e.getMessage(),
                        "không đọc được " + listed.name() + " (tệp ZIP bị hỏng)");
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (!sha256.equals(listed.sha256()) || size != listed.size()) {
                throw new Invalid("MANIFEST_DIGEST", listed.name() + " is not the file the hub signed: SHA-256 " + sha256 + ", "
                        + size + " bytes; the manifest lists " + listed.sha256() + ", " + listed.size() + " bytes",
                        listed.name() + " không phải tệp trục đã ký: SHA-256 " + sha256 + " khác với bản kê khai " + listed.sha256());
            }
            digests.put(listed.name(), sha256);
        }
        if (!unlisted.isEmpty()) {
            String name = unlisted.stream().sorted().findFirst().orElseThrow();
            throw new Invalid("MANIFEST_DIGEST", name + " is in the ZIP but not in the signed manifest",
                    name + " có trong tệp ZIP nhưng không có trong bản kê khai đã ký");
        }
        return digests;
    }

    private void head(ZipFile zip, Map<String, ZipEntry> entries, ChainProof proof, X509Certificate hub) throws Invalid {
        ChainProof.Head head = proof.head();
        ReceiptVerifier.Verified verified;
        try {
            verified = ReceiptVerifier.verify(read(zip, entries, HEAD), hub, null);
        } catch (ReceiptVerifier.ReceiptInvalid e) {
            throw new Invalid("HEAD_SIGNATURE", HEAD + " is not the hub's signature: " + e.getMessage(),
                    HEAD + " không phải chữ ký của trục: " + e.getMessage());
        }
        if (!Arrays.equals(verified.content(), HeadContent.of(head.sequence(), head.hash(), head.signedAt()))) {
            throw new Invalid("HEAD_SIGNATURE", HEAD + " signs " + verified.text() + ", not the head line of " + CHAIN,
                    HEAD + " ký nội dung khác với dòng head của " + CHAIN);
        }
        if (head.timestamped() && verified.timestamp().isEmpty()) {
            throw new Invalid("HEAD_SIGNATURE", "the head says timestamped but " + HEAD + " carries no timestamp token",
                    "đầu chuỗi ghi có dấu thời gian nhưng " + HEAD + " không có");
        }
        facts.add("Signed head: entry " + head.sequence() + " " + head.hash() + ", signed " + head.signedAt()
                + verified.timestamp().map(t -> ", timestamped (RFC 3161) " + t).orElse(", not timestamped"));
    }

    /** Walks the proof; answers the document's entries (canonical forms) in order. */
    private static List<String> chain(ChainProof proof) throws Invalid {
        String previous = proof.previousHash();
        long expected = -1;
        List<String> shown = new ArrayList<>();
        String own = ",\"document\":\"" + proof.document() + "\",";
        for (ProofLink link : proof.links()) {
            if (expected != -1 && link.sequence() != expected) {
                throw new Invalid("CHAIN", "entry " + expected + " is missing from the proof (the next is " + link.sequence() + ")",
                        "bằng chứng thiếu mục " + expected + " (mục kế tiếp là " + link.sequence() + ")");
            }
            String hash;
            try {
                hash = link.recomputed(previous);
            } catch (IllegalArgumentException e) {
                throw new Invalid("CHAIN", "entry " + link.sequence() + ": " + e.getMessage(), "mục " + link.sequence() + ": " + e.getMessage());
            }
            if (!hash.equals(link.hash())) {
                throw new Invalid("CHAIN", "the hash of entry " + link.sequence() + " does not follow from the entry before it and its fields",
                        "giá trị băm của mục " + link.sequence() + " không khớp với mục trước và nội dung của nó");
            }
            if (link.isShown()) {
                if (!link.canonical().contains(own)) {
                    throw new Invalid("CHAIN", "entry " + link.sequence() + " is shown but is not document " + proof.document() + "'s",
                            "mục " + link.sequence() + " được hiển thị nhưng không thuộc văn bản " + proof.document());
                }
                shown.add(link.canonical());
            }
            previous = hash;
            expected = link.sequence() + 1;
        }
        if (shown.isEmpty()) {
            throw new Invalid("CHAIN", "the proof shows no entry of document " + proof.document(),
                    "bằng chứng không có mục nào của văn bản " + proof.document());
        }
        if (expected - 1 != proof.head().sequence() || !previous.equals(proof.head().hash())) {
            throw new Invalid("CHAIN", "the proof ends at entry " + (expected - 1) + " " + previous + ", not at the signed head "
                    + proof.head().sequence() + " " + proof.head().hash(), "bằng chứng dừng ở mục " + (expected - 1)
                    + ", không phải đầu chuỗi đã ký " + proof.head().sequence());
        }
        return shown;
    }

    private void packageDigest(ZipFile zip, Map<String, ZipEntry> entries, ChainProof proof, List<String> shown,
                               Map<String, String> digests, X509Certificate hub) throws Invalid {
        String actual = digests.get(PACKAGE);
        if (actual == null) {
            throw new Invalid("PACKAGE_DIGEST", "the bundle holds no " + PACKAGE, "gói bằng chứng không có " + PACKAGE);
        }
        Optional<String> logged = shown.stream().map(ACCEPTED_DIGEST::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
        if (logged.isPresent() && !logged.get().equals(actual)) {
            throw new Invalid("PACKAGE_DIGEST", PACKAGE + " has SHA-256 " + actual + ", the accepted entry names " + logged.get(),
                    PACKAGE + " có SHA-256 " + actual + ", mục tiếp nhận ghi " + logged.get());
        }
        boolean inReceipt = false;
        for (String name : entries.keySet().stream().filter(n -> n.startsWith("receipts/")).sorted().toList()) {
            String content;
            try {
                content = ReceiptVerifier.verify(read(zip, entries, name), hub, null).text();
            } catch (ReceiptVerifier.ReceiptInvalid e) {
                throw new Invalid("RECEIPT", name + " is not the hub's signature: " + e.getMessage(), name + " không phải chữ ký của trục");
            }
            Matcher named = RECEIPT_DIGEST.matcher(content);
            if (!content.contains("\"documentId\":\"" + proof.document() + "\"") || !named.find() || !named.group(1).equals(actual)) {
                throw new Invalid("RECEIPT", name + " is about another document or other bytes than " + PACKAGE,
                        name + " là biên nhận của văn bản khác hoặc của nội dung khác với " + PACKAGE);
            }
            inReceipt = true;
        }
        if (logged.isEmpty() && !inReceipt) {
            throw new Invalid("PACKAGE_DIGEST", "neither an accepted entry nor a receipt names the SHA-256 of " + PACKAGE,
                    "không có mục tiếp nhận hay biên nhận nào ghi SHA-256 của " + PACKAGE);
        }
        facts.add("Package SHA-256 " + actual + (logged.isPresent() ? ", as the accepted entry names it" : "")
                + (inReceipt ? ", as the receipts name it" : ""));
    }

    private static X509Certificate bundleCertificate(ZipFile zip, Map<String, ZipEntry> entries) throws Invalid {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(read(zip, entries, BundleWriter.HUB_CERTIFICATE)));
        } catch (CertificateException e) {
            throw new Invalid("MANIFEST_SIGNATURE", BundleWriter.HUB_CERTIFICATE + " is not a certificate: " + e.getMessage(),
                    BundleWriter.HUB_CERTIFICATE + " không phải chứng thư số");
        }
    }

    private static byte[] read(ZipFile zip, Map<String, ZipEntry> entries, String name) throws Invalid {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new Invalid("MANIFEST_DIGEST", "the bundle holds no " + name, "gói bằng chứng không có " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new Invalid("MANIFEST_DIGEST", name + " cannot be read (the ZIP was damaged): " + e.getMessage(),
                    "không đọc được " + name + " (tệp ZIP bị hỏng)");
        }
    }

    /** The first failed check. */
    private static final class Invalid extends Exception {
        private final String check;
        private final String vi;

        Invalid(String check, String en, String vi) {
            super(en);
            this.check = check;
            this.vi = vi;
        }
    }
}

package vn.lienthong.evidence.bundle;

import vn.lienthong.evidence.chain.ChainHash;
import vn.lienthong.evidence.chain.ChainLink;
import vn.lienthong.evidence.head.HeadContent;
import vn.lienthong.platform.crypto.Sha256;
import vn.lienthong.signature.hubkey.HubKey;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A bundle as the hub writes it, for a document whose entries are interleaved with another agency's:
 * entries 1 (someone else's), 2 accepted, 3 (someone else's), 4 delivered, 5 (someone else's), head at 5.
 * Each part can be replaced before signing, to play a hub (or a forger with the key) that signs a lie.
 */
final class SampleBundle {

    static final String DOCUMENT = "01938b6e-0000-7000-8000-000000000001";
    static final String OTHER = "01938b6e-0000-7000-8000-000000000099";
    static final Instant AT = Instant.parse("2026-12-06T03:04:05.600Z");
    static final byte[] PACKAGE = "<edXMLEnvelope>văn bản</edXMLEnvelope>".getBytes(StandardCharsets.UTF_8);

    final HubKey key;
    final List<ChainLink> chain = new ArrayList<>();
    byte[] packageBytes = PACKAGE;
    UnaryOperator<String> proofText = UnaryOperator.identity();

    SampleBundle(HubKey key) {
        this.key = key;
        String sha = Sha256.hex(PACKAGE);
        add("accepted", OTHER, "000.00.00.H41", "new sha256=" + "ab".repeat(32));
        add("accepted", DOCUMENT, "000.00.00.G22", "new sha256=" + sha);
        add("delivered", OTHER, "000.00.00.G22", null);
        add("delivered", DOCUMENT, "000.00.32.H20", null);
        add("status", OTHER, "000.00.00.H41", "03");
    }

    private void add(String kind, String document, String agency, String detail) {
        String previous = chain.isEmpty() ? ChainHash.GENESIS : chain.get(chain.size() - 1).hash();
        chain.add(ChainLink.next(chain.size() + 1, previous, AT.plusSeconds(chain.size()), kind, document, agency, detail));
    }

    ChainProof proof() {
        List<ProofLink> links = chain.stream().map(l -> DOCUMENT.equals(l.document()) ? ProofLink.shown(l) : ProofLink.hidden(l)).toList();
        ChainLink last = chain.get(chain.size() - 1);
        return new ChainProof(DOCUMENT, ChainHash.GENESIS, links, new ChainProof.Head(last.sequence(), last.hash(), AT.plusSeconds(60), false));
    }

    byte[] zip() {
        try {
            ReceiptSigner signer = new ReceiptSigner(key, Optional.empty());
            ChainProof proof = proof();
            byte[] head = signer.signReceipt(HeadContent.of(proof.head().sequence(), proof.head().hash(), proof.head().signedAt())).cms();
            byte[] receipt = signer.signReceipt(("{\"receipt\":\"acceptance\",\"hub\":\"LienThong\",\"documentId\":\"" + DOCUMENT
                    + "\",\"packageSha256\":\"" + Sha256.hex(PACKAGE) + "\"}").getBytes(StandardCharsets.UTF_8)).cms();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleWriter.write(out, DOCUMENT, List.of(
                    BundleWriter.Part.of(BundleVerifier.PACKAGE, "application/xml", packageBytes),
                    BundleWriter.Part.of("receipts/acceptance.p7s", "application/pkcs7-signature", receipt),
                    BundleWriter.Part.of(BundleVerifier.CHAIN, "text/plain", proofText.apply(proof.text()).getBytes(StandardCharsets.UTF_8)),
                    BundleWriter.Part.of(BundleVerifier.HEAD, "application/pkcs7-signature", head)), signer, pem());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReceiptSigner.TimestampUnavailable e) {
            throw new AssertionError("no TSA is configured", e);
        }
    }

    Path write(Path dir, String name) {
        try {
            return Files.write(dir.resolve(name), zip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.lienthong.signature.pdf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.testing.SignedPdfs;
import vn.lienthong.signature.testing.TestPki;
import vn.lienthong.signature.trust.CertificatePathValidator;
import vn.lienthong.signature.trust.TrustAnchors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfSignatureVerifierTest {

    private static TestPki pki;
    private static PdfSignatureVerifier verifier;

    @TempDir
    Path dir;

    @BeforeAll
    static void createPki() throws Exception {
        // No revocation is checked for PDF signatures, so the responder ports are never contacted.
        pki = TestPki.create(1, 2, "000.00.00.G22", "000.00.00.G18");
        verifier = new PdfSignatureVerifier(
                new CertificatePathValidator(TrustAnchors.of(List.of(pki.get("root").certificate())), Duration.ZERO),
                Clock.systemUTC());
    }

    @Test
    void a_pdf_signed_by_a_trusted_agency_certificate_is_valid_and_covers_the_whole_document() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        List<PdfSignatureResult> results = verifier.verify(file(SignedPdfs.signedBy(pki.get("rsa-signer"))));

        assertThat(results).hasSize(1);
        PdfSignatureResult result = results.get(0);
        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.VALID);
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.signerSubject()).isEqualTo(pki.get("rsa-signer").certificate().getSubjectX500Principal().getName());
        assertThat(result.signingTime()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(result.reasonEn()).isNull();
    }

    @Test
    void an_ec_signature_is_verified_as_well() throws Exception {
        assertThat(verifier.verify(file(SignedPdfs.signedBy(pki.get("ec-signer")))))
                .singleElement().extracting(PdfSignatureResult::outcome).isEqualTo(PdfSignatureResult.Outcome.VALID);
    }

    @Test
    void bytes_added_after_the_signature_leave_it_valid_but_not_covering_the_whole_document() throws Exception {
        byte[] changed = SignedPdfs.changedAfterSigning(SignedPdfs.signedBy(pki.get("rsa-signer")));

        PdfSignatureResult result = verifier.verify(file(changed)).get(0);

        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.VALID);
        assertThat(result.coversWholeDocument()).isFalse();
    }

    @Test
    void a_byte_changed_inside_the_signed_range_makes_the_signature_invalid() throws Exception {
        byte[] signed = SignedPdfs.signedBy(pki.get("rsa-signer"));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(SignedPdfs.TITLE);
        assertThat(at).as("the title is stored as plain text in the signed bytes").isPositive();
        signed[at] = (byte) (signed[at] == 'C' ? 'K' : 'C');

        PdfSignatureResult result = verifier.verify(file(signed)).get(0);

        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.INVALID);
        assertThat(result.reasonEn()).contains("does not match the signed bytes");
        assertThat(result.reasonVi()).isNotBlank();
        assertThat(result.coversWholeDocument()).isTrue();
    }

    @Test
    void a_signer_under_a_root_the_hub_does_not_trust_is_invalid() throws Exception {
        PdfSignatureResult result = verifier.verify(file(SignedPdfs.signedBy(pki.get("untrusted-signer")))).get(0);

        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.INVALID);
        assertThat(result.reasonEn()).contains("does not chain to a trusted authority");
        assertThat(result.signerSubject()).isEqualTo(pki.get("untrusted-signer").certificate().getSubjectX500Principal().getName());
    }

    @Test
    void an_expired_signing_certificate_is_invalid() throws Exception {
        PdfSignatureResult result = verifier.verify(file(SignedPdfs.signedBy(pki.get("expired")))).get(0);

        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.INVALID);
        assertThat(result.reasonEn()).contains("expired");
    }

    @Test
    void two_signatures_are_reported_in_order_and_only_the_last_covers_the_whole_document() throws Exception {
        byte[] once = SignedPdfs.signedBy(pki.get("rsa-signer"));
        byte[] twice;
        try (var document = org.apache.pdfbox.Loader.loadPDF(once)) {
            twice = SignedPdfs.sign(document, pki.get("ec-signer"));
        }

        List<PdfSignatureResult> results = verifier.verify(file(twice));

        assertThat(results).extracting(PdfSignatureResult::outcome)
                .containsExactly(PdfSignatureResult.Outcome.VALID, PdfSignatureResult.Outcome.VALID);
        assertThat(results).extracting(PdfSignatureResult::coversWholeDocument).containsExactly(false, true);
    }

    @Test
    void a_signature_format_other_than_detached_cms_is_indeterminate() throws Exception {
        byte[] signed = SignedPdfs.signedBy(pki.get("rsa-signer"));
        // Same length, so the ByteRange still describes the file; only the declared format changes.
        byte[] other = new String(signed, StandardCharsets.ISO_8859_1).replace("/adbe.pkcs7.detached", "/adbe.pkcs7.sha1XXXX")
                .getBytes(StandardCharsets.ISO_8859_1);

        PdfSignatureResult result = verifier.verify(file(other)).get(0);

        assertThat(result.outcome()).isEqualTo(PdfSignatureResult.Outcome.INDETERMINATE);
        assertThat(result.reasonEn()).contains("Unsupported signature format");
    }

    @Test
    void an_unsigned_pdf_has_no_signatures() throws Exception {
        assertThat(verifier.verify(file(SignedPdfs.unsigned()))).isEmpty();
    }

    @Test
    void a_malformed_pdf_that_claims_a_signature_gives_one_indeterminate_result_instead_of_an_exception() throws Exception {
        List<PdfSignatureResult> results = verifier.verify(file(
                "%PDF-1.7\nthis is no PDF at all, whatever its /ByteRange [0 10 20 30] says\n".getBytes(StandardCharsets.US_ASCII)));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(PdfSignatureResult.Outcome.INDETERMINATE);
            assertThat(r.reasonEn()).startsWith("The attachment could not be read as a PDF");
            assertThat(r.reasonVi()).startsWith("Không đọc được");
            assertThat(r.signerSubject()).isNull();
        });
    }

    @Test
    void a_file_without_any_signature_dictionary_has_no_signatures_even_when_it_is_not_a_readable_pdf() throws Exception {
        byte[] junk = new byte[300 * 1024];
        new java.util.Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);

        assertThat(verifier.verify(file(junk))).isEmpty();
    }

    @Test
    void the_signature_token_is_found_where_it_straddles_two_read_blocks() throws Exception {
        byte[] token = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        for (int at : new int[] {0, 64 * 1024 - 5, 64 * 1024 - 1, 64 * 1024, 2 * 64 * 1024 - 3}) {
            byte[] content = new byte[3 * 64 * 1024];
            java.util.Arrays.fill(content, (byte) 'x');
            System.arraycopy(token, 0, content, at, token.length);
            assertThat(PdfFiles.containsToken(file(content), token)).as("token at %d", at).isTrue();
        }
        byte[] almost = new byte[3 * 64 * 1024];
        java.util.Arrays.fill(almost, (byte) 'x');
        System.arraycopy("/ByteRang".getBytes(StandardCharsets.US_ASCII), 0, almost, 64 * 1024 - 4, 9);
        assertThat(PdfFiles.containsToken(file(almost), token)).isFalse();
    }

    @Test
    void a_pdf_is_recognised_by_content_type_or_by_its_header() throws Exception {
        Path pdf = file(SignedPdfs.unsigned());
        Path text = file("hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(PdfFiles.isPdf("application/octet-stream", pdf)).isTrue();
        assertThat(PdfFiles.isPdf("Application/PDF; name=a.pdf", text)).isTrue();
        assertThat(PdfFiles.isPdf("text/plain", text)).isFalse();
        assertThat(PdfFiles.isPdf(null, text)).isFalse();
    }

    private Path file(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "attachment-", ".pdf"), bytes);
    }
}

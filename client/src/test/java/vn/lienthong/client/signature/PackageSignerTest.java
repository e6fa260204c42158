package vn.lienthong.client.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.edxml.DocumentBuilder;
import vn.lienthong.client.edxml.EdxmlPackage;
import vn.lienthong.client.edxml.ReceivedDocument;
import vn.lienthong.client.edxml.StatusBuilder;
import vn.lienthong.client.edxml.StatusCode;
import vn.lienthong.client.testing.JdkXmlSignatures;
import vn.lienthong.client.testing.TestKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Packages signed by the client verify in the JDK's DOM validator, the oracle the hub's verifier is tested against. */
class PackageSignerTest {

    @TempDir
    Path dir;

    private EdxmlPackage document() throws Exception {
        Path pdf = Files.write(dir.resolve("vanban.pdf"), "%PDF-1.4 nội dung\n".repeat(5000).getBytes(StandardCharsets.UTF_8));
        return DocumentBuilder.from("000.00.00.G22", "Văn phòng Chính phủ & Bộ").to("000.00.00.H41", "UBND <tỉnh>")
                .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2026, 11, 20))
                .subject("Trích yếu \"có\" dấu 'nháy' và\ttab").attach(pdf).build();
    }

    private Path sign(EdxmlPackage pkg, SigningKey key) throws Exception {
        Path file = dir.resolve("signed-" + System.nanoTime() + ".edxml");
        new PackageSigner(key).sign(pkg, file);
        return file;
    }

    @Test
    void anRsaSignedDocumentVerifiesInTheJdkValidator() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=Nguyễn Văn A,OU=000.00.00.G22,O=VPCP", TestKeys.rsa());
        Path signed = sign(document(), key);

        assertThat(JdkXmlSignatures.valid(signed, key.certificate())).isTrue();
        assertThat(Files.readString(signed)).containsSubsequence("</edXML:TraceHeaderList><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">",
                "rsa-sha256", "</Signature></edXML:edXMLHeader><edXML:edXMLBody>");
    }

    @Test
    void anEcdsaSignedDocumentVerifiesInTheJdkValidator() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=EC,OU=000.00.00.G22", TestKeys.ec());

        assertThat(JdkXmlSignatures.valid(sign(document(), key), key.certificate())).isTrue();
    }

    @Test
    void aSignedStatusVerifiesWithTheSignatureBesideStatus() throws Exception {
        Path received = dir.resolve("received.edxml");
        document().writeUnsigned(received);
        SigningKey key = TestKeys.selfSigned("CN=Lê Văn C,OU=000.00.00.H41", TestKeys.rsa());
        Path signed = sign(StatusBuilder.answering(ReceivedDocument.read(received)).from("000.00.00.H41", null)
                .status(StatusCode.ACCEPTED, "Đã vào sổ").build(), key);

        assertThat(JdkXmlSignatures.valid(signed, key.certificate())).isTrue();
        assertThat(Files.readString(signed)).contains("</edXML:Status><Signature ");
    }

    @Test
    void aChangeAfterSigningBreaksTheSignatureInTheJdkValidator() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=A", TestKeys.rsa());
        Path signed = sign(document(), key);
        Files.writeString(signed, Files.readString(signed).replace("Trích yếu", "Trich yeu"));

        assertThat(JdkXmlSignatures.valid(signed, key.certificate())).isFalse();
    }

    @Test
    void aKeyFromAPkcs12FileSignsLikeTheKeyItself() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=P12,OU=000.00.00.G22", TestKeys.rsa());
        SigningKey loaded = SigningKey.pkcs12(TestKeys.pkcs12(dir, key, "pw".toCharArray()), "pw".toCharArray(), null);

        assertThat(loaded.certificate()).isEqualTo(key.certificate());
        assertThat(JdkXmlSignatures.valid(sign(document(), loaded), key.certificate())).isTrue();
    }
}

package vn.lienthong.client.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.client.edxml.DocumentBuilder;
import vn.lienthong.client.edxml.EdxmlPackage;
import vn.lienthong.client.testing.TestKeys;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackageVerifierTest {

    @TempDir
    Path dir;

    private EdxmlPackage document() throws Exception {
        Path pdf = Files.write(dir.resolve("a.pdf"), new byte[300_000]);
        return DocumentBuilder.from("000.00.00.G22", "Gửi").to("000.00.00.H41", "Nhận").code("1", "UBND-VP")
                .promulgation("Cao Lãnh", LocalDate.of(2026, 11, 20)).subject("Thử & <ký>").attach(pdf).build();
    }

    private Path signed(SigningKey key) throws Exception {
        Path file = dir.resolve("signed.edxml");
        new PackageSigner(key).sign(document(), file);
        return file;
    }

    @Test
    void aPackageSignedByTheClientIsValid() throws Exception {
        SigningKey key = TestKeys.selfSigned("CN=A,OU=000.00.00.G22", TestKeys.ec());

        Verification v = new PackageVerifier().verify(signed(key));

        assertThat(v.verdict()).as(v.reason()).isEqualTo(Verification.Verdict.VALID);
        assertThat(v.signer()).isEqualTo(key.certificate());
    }

    @Test
    void aPackageSignedByAnotherToolThroughTheJdkDomSignerIsValid() throws Exception {
        // Whitespace between elements, a prefixed ds: signature, the JDK's own serialisation: what other vendors send.
        Path unsigned = dir.resolve("pretty.edxml");
        document().writeUnsigned(unsigned);
        String pretty = Files.readString(unsigned).replace("><edXML:", ">\n  <edXML:");
        Files.writeString(unsigned, pretty);
        SigningKey key = TestKeys.selfSigned("CN=Other vendor", TestKeys.rsa());
        Path signed = jdkSign(unsigned, key);

        Verification v = new PackageVerifier().verify(signed);

        assertThat(v.verdict()).as(v.reason()).isEqualTo(Verification.Verdict.VALID);
    }

    @Test
    void aByteChangedInTheAttachmentsAfterSigningIsInvalid() throws Exception {
        Path file = signed(TestKeys.selfSigned("CN=A", TestKeys.rsa()));
        String xml = Files.readString(file);
        int at = xml.indexOf("AAAA", xml.indexOf("ContentTransferEncoded"));
        Files.writeString(file, xml.substring(0, at) + "AAAB" + xml.substring(at + 4));

        Verification v = new PackageVerifier().verify(file);

        assertThat(v.verdict()).isEqualTo(Verification.Verdict.INVALID);
        assertThat(v.reason()).contains("changed after it was signed");
    }

    @Test
    void anUnsignedPackageIsSaidToBeUnsigned() throws Exception {
        Path file = dir.resolve("unsigned.edxml");
        document().writeUnsigned(file);

        assertThat(new PackageVerifier().verify(file).verdict()).isEqualTo(Verification.Verdict.UNSIGNED);
    }

    @Test
    void aSecondSignatureMakesThePackageInvalidAsAtTheHub() throws Exception {
        Path file = signed(TestKeys.selfSigned("CN=A", TestKeys.rsa()));
        String xml = Files.readString(file);
        String signature = xml.substring(xml.indexOf("<Signature "), xml.indexOf("</Signature>") + 12);
        Files.writeString(file, xml.replace("</edXML:edXMLBody>", signature + "</edXML:edXMLBody>"));

        assertThat(new PackageVerifier().verify(file).reason()).contains("2 XML signatures");
    }

    @Test
    void withTrustAnchorsTheSignerMustChainToOne() throws Exception {
        KeyPair caKey = TestKeys.rsa();
        X509Certificate ca = TestKeys.certificate("CN=Test CA", caKey, "CN=Test CA", caKey.getPrivate(), true);
        KeyPair signerKey = TestKeys.rsa();
        X509Certificate signer = TestKeys.certificate("CN=Signer,OU=000.00.00.G22", signerKey, "CN=Test CA", caKey.getPrivate(), false);
        Path file = signed(new SigningKey(signerKey.getPrivate(), List.of(signer, ca), null));

        assertThat(new PackageVerifier(List.of(ca)).verify(file).verdict()).isEqualTo(Verification.Verdict.VALID);
        KeyPair otherCa = TestKeys.rsa();
        X509Certificate other = TestKeys.certificate("CN=Other CA", otherCa, "CN=Other CA", otherCa.getPrivate(), true);
        assertThat(new PackageVerifier(List.of(other)).verify(file).verdict()).isEqualTo(Verification.Verdict.UNTRUSTED);
    }

    private Path jdkSign(Path unsigned, SigningKey key) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(unsigned.toFile());
        Element header = (Element) doc.getElementsByTagNameNS("http://www.mic.gov.vn/TBT/QCVN_102_2016", "edXMLHeader").item(0);
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        var ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null),
                List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)), null, null);
        var si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(ref));
        var kif = fac.getKeyInfoFactory();
        DOMSignContext context = new DOMSignContext(key.privateKey(), header);
        context.setDefaultNamespacePrefix("ds");
        fac.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.of(key.certificate()))))).sign(context);
        Path out = dir.resolve("jdk-signed.edxml");
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out.toFile()));
        return out;
    }
}

package vn.lienthong.client.signature;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.client.edxml.DocumentBuilder;
import vn.lienthong.client.testing.JdkXmlSignatures;
import vn.lienthong.client.testing.SoftHsm;
import vn.lienthong.client.testing.TestKeys;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A key on a PKCS#11 token (SoftHSM) signs through SunPKCS11 without leaving the token. */
class Pkcs11SigningTest {

    @TempDir
    Path dir;

    @Test
    void aKeyOnAPkcs11TokenSignsAPackageTheJdkValidatorAccepts() throws Exception {
        String why = SoftHsm.unavailable();
        if (why != null) {
            System.out.println("SKIPPED Pkcs11SigningTest: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        SigningKey onDisk = TestKeys.selfSigned("CN=Token,OU=000.00.00.G22", TestKeys.rsa());
        Path config = SoftHsm.token("client-unit-" + ProcessHandle.current().pid(), onDisk);

        SigningKey token = SigningKey.pkcs11(config, SoftHsm.PIN.toCharArray(), "signer");
        Path signed = dir.resolve("signed.edxml");
        new PackageSigner(token).sign(DocumentBuilder.from("000.00.00.G22", null).to("000.00.00.H41", null).code("1", "UBND")
                .promulgation("Hà Nội", LocalDate.of(2026, 12, 1)).subject("Ký bằng USB token").build(), signed);

        assertThat(token.provider().getName()).startsWith("SunPKCS11");
        assertThat(token.certificate()).isEqualTo(onDisk.certificate());
        assertThat(JdkXmlSignatures.valid(signed, onDisk.certificate())).isTrue();
        assertThat(new PackageVerifier().verify(signed).valid()).isTrue();
    }
}

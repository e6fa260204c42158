package vn.lienthong.platform.safeguard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentDefaultsTest {

    private static DevelopmentDefaults.Settings shipped(boolean sampleDirectory) {
        return new DevelopmentDefaults.Settings(sampleDirectory, "basic", DevelopmentDefaults.ADMIN_PASSWORD,
                DevelopmentDefaults.TLS_KEYSTORE_PASSWORD, "lienthong-no-client-cas",
                DevelopmentDefaults.HUB_KEYSTORE_PASSWORD, true, true, "REQUIRE_VALID");
    }

    private static List<String> settingsRefused(DevelopmentDefaults.Settings settings) {
        return DevelopmentDefaults.refusals(settings).stream().map(DevelopmentDefaults.Refusal::setting).toList();
    }

    @Test
    void theEmbeddedDevelopmentSetUpStartsWithItsThrowawayValues() {
        assertThat(DevelopmentDefaults.refusals(shipped(true))).isEmpty();
    }

    @Test
    void aRealDeploymentIsRefusedEveryDevelopmentDefaultByName() {
        assertThat(settingsRefused(shipped(false))).containsExactly("admin.password", "tls.keystore.password",
                "lienthong.hub.keystore.password", "lienthong.hub.key.generate", "lienthong.secrets.key.generate");
    }

    @Test
    void eachRefusalSaysWhatToSetInEnglishAndVietnamese() {
        for (DevelopmentDefaults.Refusal refusal : DevelopmentDefaults.refusals(shipped(false))) {
            assertThat(refusal.english()).contains("set");
            assertThat(refusal.vietnamese()).contains("hãy");
        }
    }

    @Test
    void aRealDeploymentWithItsOwnSecretsAndKeyStarts() {
        DevelopmentDefaults.Settings own = new DevelopmentDefaults.Settings(false, "basic", "{aes}AEmVKa2j",
                "tls-pass-of-the-province", "cas-pass", "hub-pass-of-the-province", false, false, "REQUIRE_VALID");

        assertThat(DevelopmentDefaults.refusals(own)).isEmpty();
    }

    @Test
    void theDevelopmentKeystorePasswordIsRefusedForTheTruststoreToo() {
        DevelopmentDefaults.Settings settings = new DevelopmentDefaults.Settings(false, "ldap", null, "tls-pass",
                DevelopmentDefaults.TLS_KEYSTORE_PASSWORD, "hub-pass", false, false, "REQUIRE_VALID");

        assertThat(settingsRefused(settings)).containsExactly("tls.truststore.password");
    }

    @Test
    void theBasicRegistryPasswordDoesNotMatterWhenAdministratorsComeFromAnotherRegistry() {
        DevelopmentDefaults.Settings ldap = new DevelopmentDefaults.Settings(false, "ldap", DevelopmentDefaults.ADMIN_PASSWORD,
                "tls-pass", "cas-pass", "hub-pass", false, false, "REQUIRE_VALID");

        assertThat(DevelopmentDefaults.refusals(ldap)).isEmpty();
    }

    @Test
    void acceptUnsignedAsTheDefaultPolicyIsRefusedEvenInTheDevelopmentSetUp() {
        DevelopmentDefaults.Settings settings = new DevelopmentDefaults.Settings(true, "basic", DevelopmentDefaults.ADMIN_PASSWORD,
                DevelopmentDefaults.TLS_KEYSTORE_PASSWORD, "x", DevelopmentDefaults.HUB_KEYSTORE_PASSWORD, true, true, " accept_unsigned ");

        assertThat(settingsRefused(settings)).containsExactly("lienthong.signature.default-policy");
    }
}

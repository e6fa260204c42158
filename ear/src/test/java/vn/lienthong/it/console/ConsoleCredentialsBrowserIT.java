package vn.lienthong.it.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.TestAgencies;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's credentials (thông tin xác thực) from the console's directory page, in a real
 * browser: a new secret made by the hub is shown once and signs the agency's software in while
 * the old one no longer does; a client certificate is registered from PEM and removed again; a
 * PEM that is no certificate is refused on the page and registers nothing. Each action leaves its
 * entry in the audit log, never the secret itself. An agency added from the same page signs in
 * once the page has given it a secret.
 *
 * <p>Embedded configuration only, like ConsoleBrowserIT (Chromium would need the production
 * servers' test CA).
 */
@Tag("browser")
class ConsoleCredentialsBrowserIT {

    private static final Path PKI = Path.of(System.getProperty("it.tls.dir", "target/it-tls"));

    private ConsoleBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewSecretIsShownOnceAndSignsTheAgencyInWhileTheOldOneNoLongerDoes() {
        AgencyClient before = TestAgencies.create("secret-before-the-console-reset");
        assertThat(before.get("/api/v1/inbox").status()).isEqualTo(200);

        browser.signInAsAdministrator();
        browser.open("/console/directory.xhtml?code=" + before.code());
        browser.submit(browser.find("secret:newSecret"));
        String secret = browser.find("generatedSecret").getText().strip();
        assertThat(secret).as("the secret the page shows once").isNotBlank();
        assertThat(browser.find("messages").getText()).contains(before.code());
        browser.screenshot("directory-new-secret");
        assertThat(browser.consoleErrors()).isEmpty();

        assertThat(Hub.as(before.code(), secret).get("/api/v1/inbox").status()).as("the new secret").isEqualTo(200);
        assertThat(before.get("/api/v1/inbox").status()).as("the old secret, not kept for a grace period").isEqualTo(401);

        browser.open("/console/directory.xhtml?code=" + before.code());
        assertThat(browser.driver.findElements(By.id("generatedSecret"))).as("shown once only").isEmpty();

        HubResponse audit = Hub.admin().get("/api/v1/admin/audit?action=directory.secret-set&target=" + before.code());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.text()).contains(before.code(), Hub.ADMIN_USER).doesNotContain(secret);
    }

    @Test
    void anAgencyAddedFromTheConsoleSignsInWithTheSecretThePageGivesIt() {
        browser.signInAsAdministrator();
        browser.open("/console/directory.xhtml");

        // A code that is no agency code is refused beside the form, and adds nothing.
        browser.find("add:code").sendKeys("không phải mã");
        browser.find("add:name").sendKeys("Cơ quan sai mã");
        browser.submit(browser.find("add:submit"));
        assertThat(browser.find("messages").getText()).as("the refusal").contains("'không phải mã'", "INVALID_AGENCY_CODE");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=");

        String code = freeCode();
        browser.find("add:code").clear();
        browser.find("add:code").sendKeys(code);
        browser.find("add:name").clear();
        browser.find("add:name").sendKeys("Phòng Thử nghiệm bảng điều khiển");
        browser.submit(browser.find("add:submit"));
        assertThat(browser.driver.getCurrentUrl()).as("the new agency's page").contains("code=" + code);
        assertThat(browser.find("messages").getText()).contains("Đã thêm", code);
        assertThat(browser.find("agency").getText()).as("its parent, derived from its code")
                .contains("000.00.00.G22", "Đang hoạt động");
        browser.screenshot("directory-added");

        browser.submit(browser.find("secret:newSecret"));
        String secret = browser.find("generatedSecret").getText().strip();
        assertThat(Hub.as(code, secret).get("/api/v1/inbox").status()).as("the new agency signs in").isEqualTo(200);
        assertThat(Hub.admin().get("/api/v1/agencies/" + code).status()).as("and is in the directory").isEqualTo(200);
        assertThat(Hub.admin().get("/api/v1/admin/audit?action=directory.add&target=" + code).text())
                .contains(code, Hub.ADMIN_USER);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A level-2 unit code of the Government Office (two digits, so that it names its parent) that no agency has yet. */
    private static String freeCode() {
        for (int attempt = 0; attempt < 200; attempt++) {
            String code = "000.00." + (10 + new java.util.Random().nextInt(90)) + ".G22";
            if (Hub.admin().get("/api/v1/agencies/" + code).status() == 404) {
                return code;
            }
        }
        throw new AssertionError("no free agency code found");
    }

    @Test
    void aClientCertificateIsRegisteredFromPemAndRemovedAgain() throws Exception {
        AgencyClient agency = TestAgencies.create("secret-of-a-console-certificate-agency");
        browser.signInAsAdministrator();
        browser.open("/console/directory.xhtml?code=" + agency.code());
        assertThat(browser.driver.findElements(By.id("certificates"))).isEmpty();

        // The textarea takes the PEM as typed; sendKeys keeps its line breaks.
        browser.find("certificate:pem").sendKeys(Files.readString(PKI.resolve("registered.pem")));
        browser.submit(browser.find("certificate:register"));
        WebElement certificates = browser.find("certificates");
        assertThat(certificates.getText()).contains("registered agency software");
        HubResponse listed = Hub.admin().get("/api/v1/admin/agencies/" + agency.code() + "/certificates");
        assertThat(listed.text()).contains("registered agency software");
        browser.screenshot("directory-certificate");

        browser.submit(certificates.findElement(By.cssSelector("input[type=submit]")));
        assertThat(browser.driver.findElements(By.id("certificates"))).as("the table once the only certificate is gone").isEmpty();
        assertThat(Hub.admin().get("/api/v1/admin/agencies/" + agency.code() + "/certificates").text().strip()).isEqualTo("[]");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPemThatIsNoCertificateIsRefusedOnThePageAndRegistersNothing() {
        AgencyClient agency = TestAgencies.create("secret-of-a-console-garbage-pem-agency");
        browser.signInAsAdministrator();
        browser.open("/console/directory.xhtml?code=" + agency.code());
        browser.find("certificate:pem").sendKeys("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----");
        browser.submit(browser.find("certificate:register"));
        assertThat(browser.find("messages").getText()).as("the refusal on the page").isNotBlank();
        assertThat(browser.driver.findElements(By.id("certificates"))).isEmpty();
        assertThat(Hub.admin().get("/api/v1/admin/agencies/" + agency.code() + "/certificates").text().strip()).isEqualTo("[]");
    }
}

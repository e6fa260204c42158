package vn.lienthong.it.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.PushReceiver;
import vn.lienthong.it.support.TestAgencies;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless Chromium): an administrator signs in, walks every page
 * of the navigation with nothing written to the browser's console, switches the language,
 * re-drives a dead push and sees the document delivered, merges two agencies after seeing the
 * events the merge will publish and finds the merge in the audit log, and changes an alert rule so
 * that it fires. A screenshot of every page goes to target/screenshots.
 *
 * <p>Runs on the embedded configuration only: the pages and their sign-in are the same code on
 * both, and ConsoleAuthorizationMatrixIT renders every page on the production configuration too
 * (its queries on PostgreSQL), while Chromium would there need to be told to trust the test CA.
 */
@Tag("browser")
class ConsoleBrowserIT {

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
    void anAdministratorSignsInAndEveryPageRendersWithoutABrowserError() {
        browser.open("/console/");
        assertThat(browser.driver.getCurrentUrl()).as("an anonymous browser is sent to the sign-in page")
                .endsWith("/console/sign-in.xhtml");
        browser.screenshot("00-sign-in");
        browser.signInAsAdministrator();

        Map<String, String> pages = new LinkedHashMap<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("header nav a"))) {
            pages.put(link.getAttribute("href"), link.getText());
        }
        assertThat(pages.keySet().stream().map(h -> URI.create(h).getPath()).toList())
                .as("every page of the navigation is a row of the authorisation matrix")
                .containsExactlyInAnyOrderElementsOf(ConsoleAuthorizationMatrixIT.PAGES);
        int n = 1;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.driver.get(page.getKey());
            assertThat(browser.heading()).as(page.getKey()).isEqualTo(page.getValue());
            // Not an error page of the server or of Faces (a queue's last error may well name an exception).
            assertThat(browser.driver.getTitle()).as(page.getKey()).startsWith(page.getValue());
            assertThat(browser.driver.getPageSource()).as(page.getKey()).doesNotContain("Error 500", "An Error Occurred", "???");
            String name = URI.create(page.getKey()).getPath().replaceAll(".*/", "").replace(".xhtml", "");
            browser.screenshot(String.format("%02d-%s", n++, name));
            assertThat(browser.consoleErrors()).as("browser console on %s", page.getKey()).isEmpty();
        }
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void theEnglishSwitchTranslatesThePagesAndEveryControlHasALabel() {
        browser.signInAsAdministrator();
        assertThat(browser.heading()).isEqualTo("Tổng quan");
        browser.submit(browser.find("session:language"));
        assertThat(browser.heading()).isEqualTo("Dashboard");
        Map<String, String> headings = Map.of("/console/directory.xhtml?code=000.00.00.G22", "Directory",
                "/console/alerts.xhtml", "Alerts", "/console/audit.xhtml", "Audit log");
        for (Map.Entry<String, String> page : headings.entrySet()) {
            browser.open(page.getKey());
            assertThat(browser.heading()).isEqualTo(page.getValue());
            for (WebElement control : browser.driver.findElements(By.cssSelector("main input:not([type=hidden]):not([type=submit]), main select"))) {
                String id = control.getAttribute("id");
                assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']")))
                        .as("a label for control %s on %s", id, page.getKey()).isNotEmpty();
            }
        }
        browser.open("/console/directory.xhtml?code=000.00.00.G22");
        browser.screenshot("directory-en");
        browser.submit(browser.find("session:language"));
        assertThat(browser.heading()).isEqualTo("Danh bạ cơ quan");
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageAndAnAgencyHasNoConsole() {
        browser.signIn(Hub.ADMIN_USER, "not-the-password");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in.xhtml");
        assertThat(browser.find("messages").getText()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        browser.signIn("000.00.00.G22", Hub.SAMPLE_SECRET);
        assertThat(browser.find("messages").getText()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        browser.open("/console/queues.xhtml");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in.xhtml");
    }

    @Test
    void theConsoleSessionSignsNoApiCallIn() {
        browser.signInAsAdministrator();
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        HubResponse api = Hub.send(HttpRequest.newBuilder(URI.create(Hub.BASE_URL + "/api/v1/admin/queues"))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET());
        assertThat(api.status()).as("the console's cookie on the API").isEqualTo(401);
        browser.submit(browser.find("session:signOut"));
        browser.open("/console/index.xhtml");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/sign-in.xhtml");
    }

    @Test
    void aDeadPushIsReDrivenFromTheQueuesPageAndTheDocumentIsDelivered() {
        AgencyClient recipient = TestAgencies.create("secret-of-a-console-push-recipient");
        AgencyClient sender = Hub.as("000.00.00.G22");
        try (PushReceiver endpoint = new PushReceiver()) {
            endpoint.answerWith(503);
            HubResponse registered = recipient.putJson("/api/v1/push-endpoint", "{\"url\":\"" + endpoint.url() + "\"}");
            assertThat(registered.status()).as("push endpoint registration answered %s", registered).isEqualTo(200);
            String id = sender.send(Packages.document(sender.code(), recipient.code()).xml());
            endpoint.await(id, p -> p.size() == 3, "three failed attempts");
            awaitDeadPush(recipient.code(), id);
            endpoint.answerWith(200);

            browser.signInAsAdministrator();
            browser.open("/console/queues.xhtml");
            WebElement row = browser.driver.findElement(By.xpath("//table[@id='dead:pushes']//tr[td[contains(., '" + id + "')]]"));
            assertThat(row.getText()).contains(recipient.code(), "HTTP 503");
            browser.screenshot("queues-dead-push");
            browser.submit(row.findElement(By.cssSelector("input[type=submit]")));
            assertThat(browser.find("messages").getText()).contains(id, recipient.code());

            endpoint.await(id, p -> p.size() == 4 && p.get(3).answeredWith() == 200, "the re-driven push");
            browser.open("/console/messages.xhtml?id=" + id);
            assertThat(browser.heading()).isEqualTo("Giám sát văn bản");
            awaitInPage("/console/messages.xhtml?id=" + id, "FETCHED");
            assertThat(browser.find("recipients").getText()).contains(recipient.code(), "FETCHED");
            assertThat(browser.find("receipts").getText()).as("the acceptance receipt the hub signed in its answer to the sender")
                    .contains("Biên nhận tiếp nhận", sender.code());
            browser.screenshot("messages-story");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.open("/console/messages.xhtml?agency=" + recipient.code());
            List<WebElement> found = browser.driver.findElements(By.cssSelector("#results tbody tr"));
            assertThat(found).as("the monitor's search by the recipient's code").hasSize(1);
            assertThat(found.get(0).getText()).contains(sender.code(), recipient.code() + ": FETCHED");
            assertThat(found.get(0).findElement(By.tagName("a")).getAttribute("href")).endsWith("?id=" + id);
        } finally {
            recipient.delete("/api/v1/push-endpoint");
        }
    }

    @Test
    void twoAgenciesAreMergedAfterThePreviewOfTheEventsItPublishes() {
        AgencyClient retiring = TestAgencies.create("secret-of-a-merged-agency");
        AgencyClient successor = TestAgencies.create("secret-of-a-successor-agency");
        browser.signInAsAdministrator();
        browser.open("/console/directory.xhtml?code=" + retiring.code());
        browser.find("change:kind").findElement(By.cssSelector("option[value='MERGE']")).click();
        browser.find("change:target").sendKeys(successor.code());
        browser.find("change:reason").sendKeys("Sáp nhập theo quyết định thử nghiệm");
        browser.submit(browser.find("change:preview"));

        List<String> events = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#change\\:events tbody tr"))) {
            events.add(row.getText());
        }
        assertThat(events).as("the preview").hasSize(1);
        assertThat(events.get(0)).contains("MERGED", retiring.code(), successor.code(), "Đã ngừng");
        assertThat(Hub.admin().get("/api/v1/agencies/" + retiring.code()).json().getBoolean("active"))
                .as("nothing changed by the preview").isTrue();
        browser.screenshot("directory-merge-preview");

        browser.submit(browser.find("change:apply"));
        assertThat(browser.find("messages").getText()).contains(retiring.code());
        assertThat(browser.find("agencyState").getText()).isEqualTo("Đã ngừng");
        var after = Hub.admin().get("/api/v1/agencies/" + retiring.code()).json();
        assertThat(after.getBoolean("active")).isFalse();
        assertThat(after.getString("successorCode")).isEqualTo(successor.code());

        browser.open("/console/audit.xhtml?action=directory.merge&target=" + retiring.code());
        assertThat(browser.heading()).isEqualTo("Nhật ký quản trị");
        List<WebElement> entries = browser.driver.findElements(By.cssSelector("#entries > tbody > tr"));
        assertThat(entries).as("the merge in the audit log").hasSize(1);
        assertThat(entries.get(0).getText()).contains(Hub.ADMIN_USER, "directory.merge", retiring.code());
        WebElement changed = entries.get(0).findElement(By.xpath(".//tr[contains(@class, 'changed')][td[1][. = 'successor']]"));
        assertThat(changed.getText()).as("the successor, before and after").contains("—", successor.code());
        browser.screenshot("audit-merge");
        assertThat(browser.consoleErrors()).isEmpty();

        String csvLink = browser.find("csv").getAttribute("href");
        assertThat(csvLink).contains("action=directory.merge", "target=" + retiring.code(), "format=csv");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HubResponse csv = Hub.send(HttpRequest.newBuilder(URI.create(csvLink))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text().lines().toList()).as("the CSV of the same search: a header and the merge").hasSize(2);
        assertThat(csv.text()).contains("directory.merge", retiring.code());
    }

    @Test
    void anAdministratorLowersTheCertificateRuleUntilItFiresAndSeesTheAlert() {
        browser.signInAsAdministrator();
        try {
            browser.open("/console/alerts.xhtml");
            assertThat(browser.heading()).isEqualTo("Cảnh báo");

            // Refusals are shown beside their field in the console's language, and change nothing.
            ruleField("certificate-expiry", "threshold").clear();
            ruleField("certificate-expiry", "threshold").sendKeys("ba mươi");
            save("certificate-expiry");
            assertThat(ruleField("certificate-expiry", "thresholdError").getText()).isEqualTo("Ngưỡng phải là một số nguyên, ví dụ 30.");
            ruleField("certificate-expiry", "threshold").clear();
            ruleField("certificate-expiry", "threshold").sendKeys("-1");
            ruleField("certificate-expiry", "recipients").sendKeys("ops@example.gov.vn");
            save("certificate-expiry");
            assertThat(ruleField("certificate-expiry", "thresholdError").getText()).contains("Ngưỡng của certificate-expiry phải từ 0");
            ruleField("certificate-expiry", "threshold").clear();
            ruleField("certificate-expiry", "threshold").sendKeys("30");
            ruleField("certificate-expiry", "recipients").clear();
            ruleField("certificate-expiry", "recipients").sendKeys("ops@example.gov.vn, không phải địa chỉ");
            save("certificate-expiry");
            assertThat(ruleField("certificate-expiry", "recipientsError").getText()).contains("không phải địa chỉ thư điện tử");
            browser.screenshot("alerts-refused");
            assertThat(Hub.admin().get("/api/v1/admin/alerts/rules/certificate-expiry").json().getJsonNumber("threshold").longValue())
                    .as("nothing changed by the refusals").isEqualTo(30);

            // A hundred years: every certificate of the IT servers ends within it.
            browser.open("/console/alerts.xhtml");
            ruleField("certificate-expiry", "threshold").clear();
            ruleField("certificate-expiry", "threshold").sendKeys(Long.toString(CENTURY_DAYS));
            if (!ruleField("certificate-expiry", "enabled").isSelected()) {
                ruleField("certificate-expiry", "enabled").click();
            }
            save("certificate-expiry");
            assertThat(browser.find("messages").getText()).contains("Đã lưu quy tắc", "Chứng thư số sắp hết hạn");

            // The evaluator runs every second on the IT servers; the page shows what it raised.
            WebElement alert = awaitActiveAlert("certificate-expiry", "36.500");
            assertThat(alert.getText()).contains("Chứng thư số sắp hết hạn");
            assertThat(browser.find("activeCount").getText()).isNotEqualTo("0");
            assertThat(browser.driver.findElement(By.id("history")).getText()).contains("Chứng thư số sắp hết hạn", "Còn đang mở");
            browser.screenshot("alerts-certificate-expiry");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.open("/console/index.xhtml");
            assertThat(Integer.parseInt(browser.find("activeAlerts").getText())).as("the dashboard's count").isPositive();

            browser.open("/console/alerts.xhtml");
            ruleField("certificate-expiry", "threshold").clear();
            ruleField("certificate-expiry", "threshold").sendKeys("30");
            save("certificate-expiry");
            assertThat(browser.find("rule-certificate-expiry").getText()).contains("Cảnh báo khi còn trong vòng 30 ngày");
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("alerts-failed");
            browser.describeTo(System.err);
            throw e;
        } finally {
            // The migration's defaults again, whatever happened above: what AlertMailIT and the next run start from.
            HubResponse restored = Hub.admin().putJson("/api/v1/admin/alerts/rules/certificate-expiry",
                    "{\"threshold\": 30, \"enabled\": true, \"recipients\": []}");
            assertThat(restored.status()).as("restoring certificate-expiry: %s", restored).isEqualTo(200);
        }
    }

    private static final long CENTURY_DAYS = 36_500;

    /** Saves one rule's form and waits for the page that answers. */
    private void save(String rule) {
        browser.submit(ruleField(rule, "save"));
    }

    /** A control of one rule's form (ids end with the field's name: rule:2:edit:threshold). */
    private WebElement ruleField(String rule, String field) {
        return browser.driver.findElement(By.cssSelector("tr#rule-" + rule + " [id$=':" + field + "']"));
    }

    /** Reloads the alerts page until an active alert of {@code rule} with {@code threshold} shows. */
    private WebElement awaitActiveAlert(String rule, String threshold) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            browser.open("/console/alerts.xhtml");
            for (WebElement row : browser.driver.findElements(By.cssSelector("#active tbody tr"))) {
                if (row.getText().contains(rule) && row.getText().contains(threshold)) {
                    return row;
                }
            }
            PushReceiver.pause(500);
        }
        throw new AssertionError("no active alert of " + rule + " with threshold " + threshold + " on the alerts page");
    }

    /** Waits until the push of {@code documentId} is in the dead-letter list (it takes its whole schedule first). */
    private static void awaitDeadPush(String recipient, String documentId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            HubResponse page = Hub.admin().get("/api/v1/admin/push/dead-letters?limit=500&recipient=" + recipient);
            if (page.status() == 200 && page.text().contains(documentId)) {
                return;
            }
            PushReceiver.pause(200);
        }
        throw new AssertionError("the push of " + documentId + " never reached the dead-letter list");
    }

    /** Reloads a page until it shows {@code text}: the hub records the push's confirmation just after answering it. */
    private void awaitInPage(String path, String text) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            browser.open(path);
            if (browser.driver.getPageSource().contains(text)) {
                return;
            }
            PushReceiver.pause(300);
        }
        throw new AssertionError(path + " never showed " + text);
    }
}

package vn.lienthong.it.alert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;
import vn.lienthong.it.support.Packages;
import vn.lienthong.it.support.PushReceiver;
import vn.lienthong.it.support.TestAgencies;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert mail against a real SMTP server on loopback (GreenMail on {@code it.mail.port}, where every IT
 * server's {@code lienthong.mail.host}/{@code port} point): a condition is caused, its mail read back and
 * checked, the condition kept for several rounds without a second mail, then cleared and that mailed
 * once. On the production configuration two servers evaluate the same rules: still exactly one mail of
 * each. Each test mails a mailbox of its own, so what earlier tests raised is never counted.
 */
class AlertMailIT {

    private static final int SMTP_PORT = Integer.getInteger("it.mail.port", 3025);
    /** The servers evaluate every second (lienthong.alert.interval in the IT servers' configuration). */
    private static final Duration SEVERAL_ROUNDS = Duration.ofSeconds(6);
    private static final long HIGHEST = 10_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static GreenMail smtp;

    private final String mailbox = "alerts-" + HexFormat.of().formatHex(RANDOM.generateSeed(6)) + "@lienthong.test";

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    /** The migration's defaults again, mailing nobody: what the next test (or run) starts from. */
    @AfterEach
    void restoreDefaults() {
        change("failed-queue-items", "{\"threshold\": 0, \"enabled\": true, \"recipients\": []}");
        change("certificate-expiry", "{\"threshold\": 30, \"enabled\": true, \"recipients\": []}");
    }

    @Test
    void aPushThatFailsForGoodIsMailedOnceWhileItStaysFailedAndItsRedriveIsMailedAsCleared() {
        quiet("failed-queue-items");
        long failedBefore = failedItems();
        change("failed-queue-items", "{\"enabled\": true, \"threshold\": " + failedBefore + ", \"recipients\": [\"" + mailbox + "\"]}");

        AgencyClient sender = Hub.as("000.00.00.G18");
        AgencyClient recipient = TestAgencies.create("secret-of-the-alert-mail-test");
        try (PushReceiver endpoint = new PushReceiver()) {
            endpoint.answerWith(503);
            assertThat(recipient.putJson("/api/v1/push-endpoint", "{\"url\": \"" + endpoint.url() + "\"}").status()).isEqualTo(200);
            String document = sender.send(Packages.document(sender.code(), recipient.code()).xml());

            MimeMessage raised = awaitMails(1, "the raise of failed-queue-items").get(0);
            assertThat(subject(raised)).isEqualTo("[LienThong] CẢNH BÁO / ALERT: Mục lỗi trong hàng đợi bền vững / "
                    + "Failed items in the durable queues (failed-queue-items)");
            String body = GreenMailUtil.getBody(raised);
            assertThat(text(raised)).contains("Điều kiện cảnh báo \"Mục lỗi trong hàng đợi bền vững\" đang xảy ra",
                    "ngưỡng: " + failedBefore, "The alert condition \"Failed items in the durable queues\" is raised",
                    "threshold: " + failedBefore, "push ", "not repeated until the condition clears");
            assertThat(body).isNotBlank();
            JsonObject active = activeAlert("failed-queue-items");
            assertThat(active.getJsonNumber("value").longValue()).isGreaterThan(failedBefore);
            assertThat(active.getJsonArray("mailedTo").getString(0)).isEqualTo(mailbox);

            // The push stays FAILED: round after round the condition holds, and nobody is mailed again.
            PushReceiver.pause(SEVERAL_ROUNDS.toMillis());
            assertThat(mailsTo(mailbox)).as("mails while the condition repeats").hasSize(1);
            assertThat(activeAlert("failed-queue-items").getJsonNumber("id").longValue())
                    .isEqualTo(active.getJsonNumber("id").longValue());

            // The administrator re-drives it to an endpoint that takes it: the condition ends, mailed once.
            endpoint.answerWith(200);
            assertThat(Hub.admin().postJson("/api/v1/admin/push/dead-letters/" + document + "/" + recipient.code() + "/redrive",
                    "{}").status()).isEqualTo(200);
            MimeMessage cleared = awaitMails(2, "the clear of failed-queue-items").get(1);
            assertThat(subject(cleared)).isEqualTo("[LienThong] ĐÃ HẾT CẢNH BÁO / CLEARED: Mục lỗi trong hàng đợi bền vững / "
                    + "Failed items in the durable queues (failed-queue-items)");
            assertThat(text(cleared)).contains("đã hết", "has cleared", "threshold: " + failedBefore);
            PushReceiver.pause(SEVERAL_ROUNDS.toMillis());
            assertThat(mailsTo(mailbox)).as("one raise and one clear, from however many servers").hasSize(2);
            assertThat(history(active.getJsonNumber("id").longValue()).getBoolean("active")).isFalse();
        } finally {
            recipient.delete("/api/v1/push-endpoint");
        }
    }

    @Test
    void aCertificateWithinTheThresholdOfDaysIsMailedOnceAndClearsWhenTheThresholdFallsBelowIt() {
        // Every certificate (hub key, TLS key, signature trust anchors, agency client certificates) is within the highest threshold:
        // the alert's value then says how many days the first of them has left.
        quiet("certificate-expiry");
        change("certificate-expiry", "{\"enabled\": true, \"threshold\": " + HIGHEST + "}");
        JsonObject everything = awaitActive("certificate-expiry", a -> a.getJsonNumber("threshold").longValue() == HIGHEST);
        assertThat(everything.getString("detailEn")).as("the IT servers' signature truststore holds the test CA")
                .contains("signature trust anchor ").contains("CN=LienThong Test Root CA");
        assertThat(everything.getString("detailVi")).contains("chứng thư gốc tin cậy để kiểm tra chữ ký ");
        long daysLeft = everything.getJsonNumber("value").longValue();
        assertThat(daysLeft).as("days left of the first certificate to end (none may be expired on the IT servers)")
                .isPositive();
        quiet("certificate-expiry");

        change("certificate-expiry", "{\"enabled\": true, \"threshold\": " + daysLeft + ", \"recipients\": [\"" + mailbox + "\"]}");
        MimeMessage raised = awaitMails(1, "the raise of certificate-expiry").get(0);
        assertThat(subject(raised)).isEqualTo("[LienThong] CẢNH BÁO / ALERT: Chứng thư số sắp hết hạn / "
                + "Certificates expiring soon (certificate-expiry)");
        assertThat(text(raised)).contains("chứng thư số hết hạn trong " + daysLeft + " ngày",
                "certificate(s) expire within " + daysLeft + " days", "Value: " + daysLeft);

        PushReceiver.pause(SEVERAL_ROUNDS.toMillis());
        assertThat(mailsTo(mailbox)).as("mails while the certificate stays within the threshold").hasSize(1);

        change("certificate-expiry", "{\"threshold\": " + (daysLeft - 1) + "}");
        MimeMessage cleared = awaitMails(2, "the clear of certificate-expiry").get(1);
        assertThat(subject(cleared)).startsWith("[LienThong] ĐÃ HẾT CẢNH BÁO / CLEARED: Chứng thư số sắp hết hạn");
        PushReceiver.pause(SEVERAL_ROUNDS.toMillis());
        assertThat(mailsTo(mailbox)).hasSize(2);
    }

    @Test
    void aRuleChangeIsRefusedWithAClearProblemAndChangesNothing() {
        JsonObject before = Hub.admin().get("/api/v1/admin/alerts/rules/late-reports").json();
        HubResponse bad = Hub.admin().putJson("/api/v1/admin/alerts/rules/late-reports",
                "{\"threshold\": 3, \"recipients\": [\"ops@example.gov.vn\\r\\nBcc: x@y.vn\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemCode()).isEqualTo("INVALID_REQUEST");
        assertThat(Hub.admin().get("/api/v1/admin/alerts/rules/late-reports").json().getJsonNumber("threshold"))
                .isEqualTo(before.getJsonNumber("threshold"));
        HubResponse unknown = Hub.admin().putJson("/api/v1/admin/alerts/rules/no-such-rule", "{\"threshold\": 3}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemCode()).isEqualTo("UNKNOWN_ALERT_RULE");
        assertThat(Hub.admin().putJson("/api/v1/admin/alerts/rules/broker-unreachable", "{\"threshold\": 0}").status())
                .as("a probe rule needs one failure at least").isEqualTo(400);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void change(String rule, String json) {
        HubResponse changed = Hub.admin().putJson("/api/v1/admin/alerts/rules/" + rule, json);
        assertThat(changed.status()).as("changing %s: %s", rule, changed).isEqualTo(200);
    }

    /** Switches the rule off, mailing nobody, and waits until its alert (if any) has cleared. */
    private static void quiet(String rule) {
        change(rule, "{\"enabled\": false, \"recipients\": []}");
        await(() -> {
            // JSON-B leaves a null field out: no activeAlertId, or a null one, means nothing is raised.
            JsonValue active = Hub.admin().get("/api/v1/admin/alerts/rules/" + rule).json().get("activeAlertId");
            return active == null || active == JsonValue.NULL;
        }, rule + " to have no active alert");
    }

    private static long failedItems() {
        long failed = 0;
        for (JsonValue queue : array(Hub.admin().get("/api/v1/admin/queues"))) {
            failed += queue.asJsonObject().getJsonObject("counts").getJsonNumber("FAILED").longValue();
        }
        return failed;
    }

    private static JsonArray array(HubResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.text()))) {
            return reader.readArray();
        }
    }

    private static JsonObject activeAlert(String rule) {
        return awaitActive(rule, a -> true);
    }

    private static JsonObject awaitActive(String rule, Predicate<JsonObject> which) {
        JsonObject[] found = new JsonObject[1];
        await(() -> {
            JsonArray active = array(Hub.admin().get("/api/v1/admin/alerts"));
            found[0] = active.stream().map(JsonValue::asJsonObject)
                    .filter(a -> a.getString("rule").equals(rule) && which.test(a)).findFirst().orElse(null);
            return found[0] != null;
        }, "an active alert of " + rule);
        return found[0];
    }

    private static JsonObject history(long id) {
        return array(Hub.admin().get("/api/v1/admin/alerts/history?limit=500")).stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("alert " + id + " is not in the history"));
    }

    private List<MimeMessage> awaitMails(int count, String what) {
        await(() -> mailsTo(mailbox).size() >= count, what + " mailed to " + mailbox);
        return mailsTo(mailbox);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier done, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return;
            }
            PushReceiver.pause(250);
        }
        throw new AssertionError("Waited 60 s for " + what);
    }
}

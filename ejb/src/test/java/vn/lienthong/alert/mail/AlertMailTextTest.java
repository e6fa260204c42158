package vn.lienthong.alert.mail;

import org.junit.jupiter.api.Test;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.Recipients;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMailTextTest {

    private static final Instant AT = Instant.parse("2026-12-06T02:30:00Z");

    @Test
    void aRaiseSaysWhatInVietnameseFirstThenEnglish() {
        AlertMailText text = AlertMailText.of(new AlertMailText.Facts(42, AlertKind.FAILED_QUEUE_ITEMS, 0, 3,
                "3 FAILED item(s) by queue: push 3", "3 mục lỗi (FAILED) theo hàng đợi: push 3", AT, "node-a", false));
        assertThat(text.subject()).isEqualTo("[LienThong] CẢNH BÁO / ALERT: Mục lỗi trong hàng đợi bền vững / "
                + "Failed items in the durable queues (failed-queue-items)");
        assertThat(text.body()).contains("đang xảy ra", "Giá trị: 3 — ngưỡng: 0", "push 3", "09:30:00 06/12/2026 (giờ Việt Nam)",
                "máy chủ node-a", "cảnh báo số 42", "is raised", "Value: 3 — threshold: 0", "2026-12-06T09:30+07:00",
                "not repeated until the condition clears");
        assertThat(text.body().indexOf("đang xảy ra")).isLessThan(text.body().indexOf("is raised"));
    }

    @Test
    void aClearSaysSoInTheSubject() {
        AlertMailText text = AlertMailText.of(new AlertMailText.Facts(42, AlertKind.CERTIFICATE_EXPIRY, 30, 200,
                "No certificate expires within 30 days", "Không có chứng thư số nào hết hạn trong 30 ngày", AT, "node-b", true));
        assertThat(text.subject()).startsWith("[LienThong] ĐÃ HẾT CẢNH BÁO / CLEARED: Chứng thư số sắp hết hạn");
        assertThat(text.body()).contains("đã hết", "has cleared", "raised when within it, days").doesNotContain("not repeated");
    }

    @Test
    void aDatabaseOutageMailedBeforeItIsRecordedNamesNoAlertNumber() {
        AlertMailText text = AlertMailText.of(new AlertMailText.Facts(0, AlertKind.DATABASE_UNREACHABLE, 2, 2,
                "down", "mất kết nối", AT, "node-a", false));
        assertThat(text.body()).doesNotContain("cảnh báo số", "alert 0");
    }

    @Test
    void aQueuedMailReadsBackAsItWasWritten() {
        AlertMail mail = new AlertMail(Recipients.parse("ops@example.gov.vn,truc@tw.gov.vn"),
                new AlertMailText("Tiêu đề \"x\"", "Dòng 1\nDòng 2"));
        assertThat(AlertMail.ofPayload(mail.toPayload())).isEqualTo(mail);
    }
}

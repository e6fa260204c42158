package vn.lienthong.it.procedure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.it.support.AgencyClient;
import vn.lienthong.it.support.Hub;
import vn.lienthong.it.support.HubResponse;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.it.procedure.Procedures.FINANCE;
import static vn.lienthong.it.procedure.Procedures.LAND_OFFICE;
import static vn.lienthong.it.procedure.Procedures.intake;
import static vn.lienthong.it.support.ProblemAssertions.assertRefused;

/**
 * Citizen feedback (phản ánh, kiến nghị): a citizen sends it without signing in, the hub routes it
 * to the agency responsible (or an administrator does), that agency alone sees and answers it, it
 * publishes question and answer without personal data, and the publication reaches the stand-in
 * national portal through the outbox, by retrying after the portal was away.
 */
class CitizenFeedbackIT {

    /** Văn phòng Chính phủ: signs in fine, but no feedback here is ever its business. */
    private static final String UNINVOLVED = "000.00.00.G22";

    private static final String NAME = "Lê Thị Hoa";
    private static final String EMAIL = "hoa.le@example.vn";
    private static final String PHONE = "0987654321";
    private static final String ADDRESS = "12 Nguyễn Huệ, phường 1, thành phố Cao Lãnh";

    private static StandInPortal portal;

    @BeforeAll
    static void portalIsUp() throws IOException {
        // Sessions last 4 calls and every 5th call answers 500: the publication gets through by retrying.
        portal = new StandInPortal(Integer.getInteger("it.portal.port"), 4, 5, Integer.MAX_VALUE, Duration.ZERO);
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    private final String procedure = Procedures.defineLandProcedure(LAND_OFFICE);
    private final AgencyClient landOffice = Hub.as(LAND_OFFICE);
    private final AgencyClient uninvolved = Hub.as(UNINVOLVED);

    @Test
    void feedbackOnADossierIsAnsweredByItsAgencyPublishedWithoutPersonalDataAndReachesThePortal() {
        String dossier = intake(LAND_OFFICE, procedure, 1).getString("code");
        HubResponse submitted = Hub.anonymous().postJson("/api/v1/public/feedback", submission("COMPLAINT",
                "Hồ sơ cấp giấy chứng nhận chậm", "Tôi là " + NAME + ", nộp hồ sơ đã lâu mà chưa có kết quả.",
                dossier, null, sender()));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        String code = submitted.json().getString("code");
        assertThat(code).matches("PAKN-\\d{6}-[0-9A-Z]{8}");
        assertThat(submitted.json().getString("state")).isEqualTo("ROUTED");
        assertThat(submitted.json().getString("agencyCode")).isEqualTo(LAND_OFFICE);
        assertNoPersonalData(submitted.text(), dossier);
        assertThat(submitted.json().containsKey("question")).as("not published yet").isFalse();

        // Another agency neither sees it nor answers it, and does not find it in its list.
        assertRefused(uninvolved.get("/api/v1/feedback/" + code), 403, "NOT_YOUR_FEEDBACK");
        assertRefused(uninvolved.postJson("/api/v1/feedback/" + code + "/answer", "{\"answer\": \"Không phải việc của tôi\"}"),
                403, "NOT_YOUR_FEEDBACK");
        assertRefused(uninvolved.postJson("/api/v1/feedback/" + code + "/publish", "{}"), 403, "NOT_YOUR_FEEDBACK");
        assertThat(uninvolved.get("/api/v1/feedback?limit=500").text()).doesNotContain(code);

        // The responsible agency sees everything, contact details included, and cannot publish before answering.
        JsonObject mine = landOffice.get("/api/v1/feedback/" + code).json();
        assertThat(mine.getJsonObject("sender").getString("email")).isEqualTo(EMAIL);
        assertThat(mine.getJsonObject("sender").getString("phone")).isEqualTo(PHONE);
        assertThat(mine.getString("dossierCode")).isEqualTo(dossier);
        assertThat(mine.getString("procedureCode")).isEqualTo(procedure);
        assertThat(landOffice.get("/api/v1/feedback?state=ROUTED&limit=500").text()).contains(code);
        assertRefused(landOffice.postJson("/api/v1/feedback/" + code + "/publish", "{}"), 409, "ILLEGAL_FEEDBACK_TRANSITION");
        assertRefused(landOffice.postJson("/api/v1/feedback/" + code + "/answer", "{\"answer\": \"  \"}"), 400, "INVALID_REQUEST");

        String answer = "Hồ sơ đang chờ Sở Tài chính xác định nghĩa vụ tài chính; kết quả sẽ có trước ngày hẹn trả.";
        HubResponse answered = landOffice.postJson("/api/v1/feedback/" + code + "/answer",
                "{\"answer\": \"" + answer + "\", \"officer\": \"Phạm Văn Chánh\"}");
        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.json().getString("state")).isEqualTo("ANSWERED");
        assertThat(Hub.anonymous().get("/api/v1/public/feedback/" + code).json().containsKey("answer"))
                .as("an answer is public only once published").isFalse();

        // The citizen wrote their name into the question: the agency publishes it without.
        portal.down(true);
        String publicQuestion = "Nộp hồ sơ đã lâu mà chưa có kết quả.";
        HubResponse published;
        try {
            published = landOffice.postJson("/api/v1/feedback/" + code + "/publish",
                    "{\"question\": \"" + publicQuestion + "\", \"officer\": \"Phạm Văn Chánh\"}");
            assertThat(published.status()).as("%s", published).isEqualTo(200);
            assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");
            assertRefused(landOffice.postJson("/api/v1/feedback/" + code + "/answer", "{\"answer\": \"Sửa lại\"}"),
                    409, "ILLEGAL_FEEDBACK_TRANSITION");

            // The portal is away: the publication uses up its attempts and is listed for administrators.
            awaitSync(code, rows -> rows.size() == 1 && rows.get(0).getString("state").equals("FAILED"), Duration.ofSeconds(60));
        } finally {
            portal.down(false);
        }
        JsonObject failure = array(Hub.admin().get("/api/v1/admin/feedback/sync-failures?limit=500").text()).stream()
                .filter(f -> f.getString("feedbackCode").equals(code)).findFirst().orElseThrow();
        assertThat(failure.getString("lastError")).contains("503");
        int seq = failure.getInt("seq");
        // The same failure in the one administration of every queue, counted there.
        JsonObject queued = array(Hub.admin().get("/api/v1/admin/queues/feedback-publication/failures?limit=500").text())
                .stream().filter(f -> f.getString("key").equals(code)).findFirst().orElseThrow();
        assertThat(queued.getInt("seq")).isEqualTo(seq);
        assertThat(queued.getString("state")).isEqualTo("FAILED");
        assertThat(queued.getString("lastError")).contains("503");
        JsonObject counts = array(Hub.admin().get("/api/v1/admin/queues").text()).stream()
                .filter(q -> q.getString("queue").equals("feedback-publication")).findFirst().orElseThrow();
        assertThat(counts.getJsonObject("counts").getInt("FAILED")).isPositive();
        assertRefused(Hub.admin().get("/api/v1/admin/queues/no-such-queue/failures"), 404, "UNKNOWN_QUEUE");
        assertRefused(Hub.admin().postJson("/api/v1/admin/queues/feedback-publication/items/999999999999/redrive", ""),
                404, "UNKNOWN_QUEUE_ITEM");
        assertThat(landOffice.postJson("/api/v1/admin/feedback/" + code + "/sync/" + seq + "/retry", "").status())
                .as("agencies may not re-drive").isIn(401, 403);
        HubResponse retried = Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/sync/" + seq + "/retry", "");
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        awaitSync(code, rows -> rows.size() == 1 && rows.get(0).getString("state").equals("SENT"), Duration.ofSeconds(60));
        assertRefused(Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/sync/" + seq + "/retry", ""),
                409, "PORTAL_SYNC_NOT_FAILED");
        assertRefused(Hub.admin().postJson("/api/v1/admin/queues/feedback-publication/items/"
                + queued.getJsonNumber("id").longValue() + "/redrive", ""), 409, "QUEUE_ITEM_NOT_FAILED");

        JsonObject atPortal = portal.feedback(code).orElseThrow();
        assertThat(atPortal.getString("NoiDung")).isEqualTo(publicQuestion);
        assertThat(atPortal.getString("NoiDungTraLoi")).isEqualTo(answer);
        assertThat(atPortal.getString("DonViXuLy")).isEqualTo(LAND_OFFICE);
        assertThat(atPortal.getString("MaTTHC")).isEqualTo(procedure);
        assertThat(atPortal.getString("NgayCongKhai")).matches("\\d{14}");
        assertNoPersonalData(atPortal.toString(), dossier);

        // The public look-up and list show question and answer, and nothing personal.
        HubResponse lookup = Hub.anonymous().get("/api/v1/public/feedback/" + code);
        assertThat(lookup.status()).as("%s", lookup).isEqualTo(200);
        assertThat(lookup.json().getString("question")).isEqualTo(publicQuestion);
        assertThat(lookup.json().getString("answer")).isEqualTo(answer);
        assertThat(lookup.json().getString("agencyName")).isNotBlank();
        assertNoPersonalData(lookup.text(), dossier);
        HubResponse list = Hub.anonymous().get("/api/v1/public/feedback?agencyCode=" + LAND_OFFICE + "&limit=500");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.text()).contains(code).contains(answer);
        assertNoPersonalData(list.text(), dossier);

        List<JsonObject> log = array(landOffice.get("/api/v1/feedback/" + code + "/log").text());
        assertThat(log).extracting(e -> e.getString("action")).containsExactly("submit", "route", "answer", "publish");
        assertThat(log.get(1).getString("actor")).isEqualTo("hub");
        assertThat(log.get(1).getString("reason")).contains(dossier);
        assertThat(log.get(2).getString("actor")).isEqualTo("Phạm Văn Chánh");
        assertThat(log.get(2).getString("actorAgency")).isEqualTo(LAND_OFFICE);
        assertThat(log.get(3).getString("toState")).isEqualTo("PUBLISHED");
    }

    @Test
    void feedbackWithoutAResponsibleAgencyIsRoutedByAnAdministratorAndCanBeGivenBack() {
        HubResponse submitted = Hub.anonymous().postJson("/api/v1/public/feedback", submission("PETITION",
                "Đề nghị kéo dài giờ làm việc bộ phận một cửa", "Đề nghị tiếp nhận hồ sơ cả sáng thứ Bảy.", null, null, sender()));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        String code = submitted.json().getString("code");
        assertThat(submitted.json().getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.json().containsKey("agencyCode")).isFalse();

        assertThat(Hub.admin().get("/api/v1/admin/feedback?state=SUBMITTED&limit=500").text()).contains(code);
        assertRefused(landOffice.get("/api/v1/feedback/" + code), 403, "NOT_YOUR_FEEDBACK");
        assertThat(landOffice.postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"" + LAND_OFFICE + "\", \"reason\": \"tự nhận\"}").status()).isIn(401, 403);

        assertRefused(Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"" + FINANCE + "\"}"), 400, "INVALID_REQUEST");
        assertRefused(Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"000.00.99.H20\", \"reason\": \"thử\"}"), 404, "UNKNOWN_AGENCY");
        HubResponse routed = Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"" + FINANCE + "\", \"reason\": \"Về thời gian tiếp nhận tại Sở\"}");
        assertThat(routed.status()).as("%s", routed).isEqualTo(200);
        assertThat(routed.json().getString("agencyCode")).isEqualTo(FINANCE);

        // Finance is not responsible and gives it back; the administrator routes it to the land office.
        AgencyClient finance = Hub.as(FINANCE);
        assertRefused(finance.postJson("/api/v1/feedback/" + code + "/give-back", "{}"), 400, "INVALID_REQUEST");
        HubResponse givenBack = finance.postJson("/api/v1/feedback/" + code + "/give-back",
                "{\"reason\": \"Bộ phận một cửa thuộc Sở Tài nguyên và Môi trường\"}");
        assertThat(givenBack.status()).as("%s", givenBack).isEqualTo(200);
        assertThat(givenBack.json().getString("state")).isEqualTo("SUBMITTED");
        assertRefused(finance.get("/api/v1/feedback/" + code), 403, "NOT_YOUR_FEEDBACK");
        assertThat(Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"" + LAND_OFFICE + "\", \"reason\": \"Sở TN&MT phụ trách một cửa\"}").status()).isEqualTo(200);
        assertThat(landOffice.postJson("/api/v1/feedback/" + code + "/answer", "{\"answer\": \"Sẽ nghiên cứu.\"}").status())
                .isEqualTo(200);
        // Answered: it can no longer be re-routed.
        assertRefused(Hub.admin().postJson("/api/v1/admin/feedback/" + code + "/route",
                "{\"agencyCode\": \"" + FINANCE + "\", \"reason\": \"muộn\"}"), 409, "ILLEGAL_FEEDBACK_TRANSITION");

        List<JsonObject> log = array(Hub.admin().get("/api/v1/admin/feedback/" + code + "/log").text());
        assertThat(log).extracting(e -> e.getString("action"))
                .containsExactly("submit", "route", "give-back", "route", "answer");
        assertThat(log.get(1).getString("actor")).isEqualTo(Hub.ADMIN_USER);
        assertThat(log.get(1).getString("agencyCode")).isEqualTo(FINANCE);
        assertThat(log.get(2).getString("reason")).contains("Sở Tài nguyên");
        assertThat(log.get(2).getString("actorAgency")).isEqualTo(FINANCE);
    }

    @Test
    void feedbackNamingOnlyAProcedureGoesToTheOnlyAgencyHandlingIt() {
        HubResponse submitted = Hub.anonymous().postJson("/api/v1/public/feedback", submission("COMPLAINT",
                "Phí cấp giấy chứng nhận", "Lệ phí có thể nộp trực tuyến không?", null, procedure, sender()));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        assertThat(submitted.json().getString("state")).isEqualTo("ROUTED");
        assertThat(submitted.json().getString("agencyCode")).isEqualTo(LAND_OFFICE);
    }

    @Test
    void badSubmissionsAreRefusedWithTheFieldNamedAndNothingIsStored() {
        String marker = "Thử nghiệm " + UUID.randomUUID();
        String dossier = intake(LAND_OFFICE, procedure, 1).getString("code");
        String other = Procedures.defineLandProcedure(LAND_OFFICE);
        record Bad(String body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad(submission(null, marker, "nội dung", null, null, sender()), "kind"),
                new Bad(submission("PRAISE", marker, "nội dung", null, null, sender()), "kind"),
                new Bad(submission("COMPLAINT", marker, " ", null, null, sender()), "content"),
                new Bad(submission("COMPLAINT", marker + "x".repeat(300), "nội dung", null, null, sender()), "title"),
                new Bad(submission("COMPLAINT", marker, "nội dung", null, null, null), "sender"),
                new Bad(submission("COMPLAINT", marker, "nội dung", null, null,
                        "{\"name\": \"" + NAME + "\"}"), "sender"),
                new Bad(submission("COMPLAINT", marker, "nội dung", null, null,
                        "{\"name\": \"" + NAME + "\", \"email\": \"không phải thư\"}"), "sender.email"),
                new Bad(submission("COMPLAINT", marker, "nội dung", "H20-260101-9999", null, sender()), "dossierCode"),
                new Bad(submission("COMPLAINT", marker, "nội dung", null, "KHONG.CO", sender()), "procedureCode"),
                new Bad(submission("COMPLAINT", marker, "nội dung", dossier, other, sender()), "procedureCode"));
        for (Bad b : bad) {
            HubResponse response = Hub.anonymous().postJson("/api/v1/public/feedback", b.body());
            assertRefused(response, 400, "INVALID_REQUEST");
            assertThat(response.json().getString("element", null)).as("%s", response).isEqualTo(b.field());
            assertThat(response.json().getString("detail_vi", response.json().toString())).isNotBlank();
        }
        assertThat(Hub.anonymous().postJson("/api/v1/public/feedback", "{not json").status()).isEqualTo(400);
        assertRefused(Hub.anonymous().get("/api/v1/public/feedback/PAKN-260101-AAAAAAAA"), 404, "UNKNOWN_FEEDBACK");
        assertThat(allFeedback()).noneMatch(f -> f.getString("title").startsWith(marker));
    }

    private static String sender() {
        return """
                {"name": "%s", "email": "%s", "phone": "%s", "address": "%s"}""".formatted(NAME, EMAIL, PHONE, ADDRESS);
    }

    private static String submission(String kind, String title, String content, String dossierCode, String procedureCode,
                                     String sender) {
        return "{" + (kind == null ? "" : "\"kind\": \"" + kind + "\", ")
                + "\"title\": \"" + title + "\", \"content\": \"" + content + "\""
                + (dossierCode == null ? "" : ", \"dossierCode\": \"" + dossierCode + "\"")
                + (procedureCode == null ? "" : ", \"procedureCode\": \"" + procedureCode + "\"")
                + (sender == null ? "" : ", \"sender\": " + sender) + "}";
    }

    /** The sender's name, e-mail, telephone and address, and the dossier code, appear nowhere in public. */
    private static void assertNoPersonalData(String text, String dossierCode) {
        assertThat(text).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain(ADDRESS)
                .doesNotContain(dossierCode);
    }

    private static List<JsonObject> allFeedback() {
        List<JsonObject> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            HubResponse page = Hub.admin().get("/api/v1/admin/feedback?limit=500&offset=" + offset);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            List<JsonObject> items = array(page.text());
            all.addAll(items);
            if (items.size() < 500) {
                return all;
            }
        }
    }

    private static List<JsonObject> awaitSync(String code, Predicate<List<JsonObject>> done, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<JsonObject> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            HubResponse response = Hub.admin().get("/api/v1/admin/feedback/" + code + "/sync");
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            rows = array(response.text());
            if (done.test(rows)) {
                return rows;
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("The portal queue of feedback " + code + " did not settle within " + within + ": " + rows);
    }

    private static List<JsonObject> array(String text) {
        return Json.createReader(new StringReader(text)).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.lienthong.procedure.feedback;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.platform.time.HubClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What the portal receives when an answer is published: the question and the answer as published,
 * the responsible agency and the dates, and deliberately nothing about the sender. Field names
 * follow the portal's style (*unverified*, docs/procedures.md); dates as {@code yyyyMMddHHmmss} in
 * Vietnam's time, like the dossier calls.
 */
final class FeedbackPayload {

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(HubClock.ZONE);

    private FeedbackPayload() {
    }

    static JsonObject of(Feedback f, String agencyName) {
        JsonObjectBuilder record = Json.createObjectBuilder()
                .add("MaPhanAnh", f.code())
                .add("LoaiPhanAnh", f.kind().portalCode())
                .add("TieuDe", f.publicTitle())
                .add("NoiDung", f.publicQuestion())
                .add("NoiDungTraLoi", f.answer().orElseThrow())
                .add("DonViXuLy", f.agency().orElseThrow().value())
                .add("TenDonViXuLy", agencyName)
                .add("NgayGui", time(f.submittedAt()))
                .add("NgayTraLoi", time(f.answeredAt().orElseThrow()))
                .add("NgayCongKhai", time(f.publishedAt().orElseThrow()));
        f.procedureCode().ifPresent(p -> record.add("MaTTHC", p));
        return record.build();
    }

    private static String time(Instant instant) {
        return PORTAL_TIME.format(instant);
    }
}

package vn.lienthong.procedure.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.lienthong.platform.time.HubClock;
import vn.lienthong.procedure.catalogue.Procedure;
import vn.lienthong.procedure.dossier.Applicant;
import vn.lienthong.procedure.dossier.Dossier;
import vn.lienthong.procedure.dossier.DossierClock;
import vn.lienthong.procedure.dossier.DossierEvent;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the portal receives for one change: the dossier's record with the status it had at that
 * change ({@code HoSo}) and the change's step-log entry ({@code BuocXuLy}). Field names are the
 * portal's (PROCEDURES.md); dates travel as {@code yyyyMMddHHmmss} in Vietnam's time, and texts
 * are cut to the portal's field lengths.
 */
final class PortalPayload {

    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(HubClock.ZONE);
    private static final int NAME_LENGTH = 50;
    private static final int TEXT_LENGTH = 1000;

    private PortalPayload() {
    }

    static JsonObject of(Dossier dossier, Procedure procedure, DossierEvent event, int nationalStatus) {
        Applicant applicant = dossier.applicant();
        DossierClock clock = dossier.clock();
        JsonObjectBuilder record = Json.createObjectBuilder()
                .add("MaHoSo", dossier.code())
                .add("MaTTHC", procedure.code())
                .add("TenTTHC", cut(procedure.name(), TEXT_LENGTH))
                .add("MaLinhVuc", procedure.fieldCode())
                .add("TenLinhVuc", cut(procedure.fieldName(), TEXT_LENGTH))
                .add("KenhThucHien", dossier.channel().nationalCode())
                .add("ChuHoSo", cut(applicant.name(), NAME_LENGTH))
                .add("DonViXuLy", dossier.agency().value())
                .add("TrangThaiHoSo", nationalStatus)
                .add("NgayTiepNhan", time(clock.receivedAt().orElse(clock.registeredAt())));
        optional(record, "SoGiayToChuHoSo", Optional.ofNullable(applicant.idNumber()));
        optional(record, "LoaiDoiTuong", Optional.ofNullable(applicant.kind()));
        optional(record, "Email", Optional.ofNullable(applicant.email()));
        optional(record, "SoDienThoai", Optional.ofNullable(applicant.phone()));
        optional(record, "TrichYeuHoSo", dossier.summary().map(s -> cut(s, TEXT_LENGTH)));
        optional(record, "NgayHenTra", event.dueAt().map(PortalPayload::time));
        optional(record, "NgayKetThucXuLy", clock.finishedAt().map(PortalPayload::time));
        optional(record, "NgayTra", clock.returnedAt().map(PortalPayload::time));
        optional(record, "ThongTinTra", clock.resultNote().map(s -> cut(s, TEXT_LENGTH)));

        JsonObjectBuilder step = Json.createObjectBuilder()
                .add("MaHoSo", dossier.code())
                // The hub's log number: lets the portal (and the hub, on a repeat) recognise an entry already pushed.
                .add("SoThuTu", event.seq())
                .add("NguoiXuLy", cut(event.actor(), NAME_LENGTH))
                .add("ThoiDiemXuLy", time(event.occurredAt()))
                .add("NoiDungXuLy", cut(event.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + event.reason().map(r -> ": " + r).orElse(""), TEXT_LENGTH))
                .add("TrangThai", nationalStatus)
                .add("NgayBatDau", time(clock.receivedAt().orElse(clock.registeredAt())));
        optional(step, "PhongBanXuLy", event.actorAgency());
        optional(step, "NgayKetThucTheoQuyDinh", event.dueAt().map(PortalPayload::time));
        return Json.createObjectBuilder().add("HoSo", record).add("BuocXuLy", step).build();
    }

    static String time(Instant instant) {
        return PORTAL_TIME.format(instant);
    }

    private static void optional(JsonObjectBuilder builder, String name, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> builder.add(name, v));
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

package vn.lienthong.exchange.edxml;

import java.util.Optional;

/** Business statuses a recipient reports about a document (EDXML.md). */
public enum StatusCode {
    ARRIVED("01", "arrived, no clerk has acted", "đã đến, chưa xử lý"),
    REJECTED("02", "rejected", "từ chối tiếp nhận"),
    ACCEPTED("03", "accepted and registered", "đã tiếp nhận, vào sổ"),
    ASSIGNED("04", "assigned to a handler", "đã phân công xử lý"),
    PROCESSING("05", "being processed", "đang xử lý"),
    COMPLETED("06", "completed", "đã hoàn thành"),
    TAKE_BACK_REQUESTED("13", "the sender asks to take the document back", "bên gửi đề nghị lấy lại"),
    TAKE_BACK_AGREED("15", "the recipient agrees to the take-back or update", "đồng ý lấy lại / cập nhật"),
    TAKE_BACK_REFUSED("16", "the recipient refuses the take-back or update", "từ chối lấy lại / cập nhật");

    private final String code;
    private final String meaningEn;
    private final String meaningVi;

    StatusCode(String code, String meaningEn, String meaningVi) {
        this.code = code;
        this.meaningEn = meaningEn;
        this.meaningVi = meaningVi;
    }

    public String code() {
        return code;
    }

    public String meaningEn() {
        return meaningEn;
    }

    public String meaningVi() {
        return meaningVi;
    }

    /** Reads "3", "03" and " 03 " alike. */
    public static Optional<StatusCode> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() == 1) {
            v = "0" + v;
        }
        for (StatusCode s : values()) {
            if (s.code.equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package vn.lienthong.client.edxml;

/** Business statuses (trạng thái xử lý) a status package reports (EDXML.md). */
public enum StatusCode {
    ARRIVED("01"), REJECTED("02"), ACCEPTED("03"), ASSIGNED("04"), IN_PROGRESS("05"), COMPLETED("06"),
    /** The sender asks for its document back (sent by the sender, about its own document). */
    TAKE_BACK_REQUESTED("13"),
    TAKE_BACK_AGREED("15"), TAKE_BACK_REFUSED("16");

    private final String code;

    StatusCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From the two-digit code ({@code 03}) or the name ({@code ACCEPTED}). */
    public static StatusCode of(String value) {
        for (StatusCode s : values()) {
            if (s.code.equals(value) || s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Not a status code (01-06, 13, 15, 16): " + value);
    }
}

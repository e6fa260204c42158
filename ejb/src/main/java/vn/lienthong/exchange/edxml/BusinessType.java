package vn.lienthong.exchange.edxml;

import java.util.Optional;

/** What a document package does ({@code BussinessDocType}): a new document, or acts on an earlier one. */
public enum BusinessType {
    NEW(0), REVOKE(1), UPDATE(2), REPLACE(3);

    private final int code;

    BusinessType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<BusinessType> of(int code) {
        for (BusinessType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

package vn.lienthong.procedure.dossier;

import java.util.Arrays;

/** How a dossier was submitted (KenhThucHien); the numbers are the national codes. */
public enum Channel {
    IN_PERSON(1), ONLINE(2), POSTAL(3);

    private final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    public static Channel ofNationalCode(int code) {
        return Arrays.stream(values()).filter(c -> c.nationalCode == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No channel " + code));
    }
}

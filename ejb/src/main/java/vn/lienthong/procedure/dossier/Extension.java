package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.InvalidRequestException;

/**
 * An extension of a dossier's processing time (gia hạn): whole units of the procedure's own unit
 * (1 to 3650), why, and the apology letter the applicant is owed.
 */
record Extension(int units, String reason, String apology) {

    Extension(Integer units, String reason, String apology) {
        this(checked(units, apology), reason, apology);
    }

    private static int checked(Integer units, String apology) {
        if (apology == null) {
            throw new InvalidRequestException("apology", "An extension needs the apology letter to the applicant",
                    "Gia hạn cần có văn bản xin lỗi gửi người nộp hồ sơ");
        }
        if (units == null || units < 1 || units > 3650) {
            throw new InvalidRequestException("units", "units (1-3650, in the procedure's unit) is required",
                    "Cần số ngày gia hạn (1-3650)");
        }
        return units;
    }
}

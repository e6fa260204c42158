package vn.lienthong.procedure.dossier;

/**
 * Internal dossier states, richer than the ten national codes they map to (national-status.properties,
 * {@link NationalStatusMapping}): INTEROPERATING, for instance, is "processing" to the portal.
 */
public enum DossierState {
    /** Submitted online, not yet checked by an officer (mới đăng ký). */
    REGISTERED,
    /** Accepted; the clock runs (đã tiếp nhận). */
    RECEIVED,
    /** Refused at intake, with a reason (từ chối tiếp nhận). */
    REFUSED,
    /** A step of the receiving agency is under way (đang xử lý). */
    PROCESSING,
    /** A step is with another agency, handed over through the document axis (đang liên thông). */
    INTEROPERATING,
    /** Waiting for the applicant's supplementary papers; the clock is paused (yêu cầu bổ sung). */
    SUPPLEMENT_REQUESTED,
    /** Waiting for fees or tax; the clock is paused (yêu cầu thực hiện nghĩa vụ tài chính). */
    PAYMENT_REQUESTED,
    /** Withdrawn by the applicant (công dân rút hồ sơ). */
    WITHDRAWN,
    /** Processing stopped (dừng xử lý). */
    STOPPED,
    /** Every step done, result ready (đã xử lý xong). */
    FINISHED,
    /** Result handed to the applicant (đã trả kết quả). */
    RETURNED;

    public boolean isClosed() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }

    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == PAYMENT_REQUESTED;
    }
}

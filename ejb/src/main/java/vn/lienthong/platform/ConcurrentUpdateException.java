package vn.lienthong.platform;

/**
 * A valid request that kept colliding with other requests changing the same record, after
 * {@link ConcurrentUpdates#ATTEMPTS} attempts on fresh data; nothing was stored. Sending it again is
 * safe.
 */
public class ConcurrentUpdateException extends BusinessException {

    /**
     * @param subjectEn what was being changed, in English ("Document 0190…")
     * @param subjectVi the same in Vietnamese ("Văn bản 0190…")
     */
    public ConcurrentUpdateException(String subjectEn, String subjectVi) {
        super("CONCURRENT_UPDATE", subjectEn + " was being changed by other requests at the same moment; "
                        + "nothing was stored, send the request again",
                subjectVi + " đang được thay đổi đồng thời bởi yêu cầu khác; chưa lưu gì, hãy gửi lại yêu cầu");
    }
}

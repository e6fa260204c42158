package vn.lienthong.procedure.feedback;

/** What the citizen sends: a complaint about how something is done, or a petition asking for a change. */
public enum FeedbackKind {
    /** Phản ánh: a complaint or a report of a problem. */
    COMPLAINT(1),
    /** Kiến nghị: a petition or a proposal. */
    PETITION(2);

    private final int portalCode;

    FeedbackKind(int portalCode) {
        this.portalCode = portalCode;
    }

    /** LoaiPhanAnh at the portal (unverified, see docs/procedures.md). */
    public int portalCode() {
        return portalCode;
    }
}

package vn.lienthong.procedure.statistics;

/**
 * The figures of the periodic one-stop report (báo cáo tình hình giải quyết hồ sơ) for one agency
 * or procedure and one period; docs/procedures.md defines each. They balance: what was carried
 * over plus what was received is what was resolved, refused, withdrawn, stopped, paused or is in
 * progress at the end ({@link #balances()}).
 *
 * @param carriedOver        received before the period and not closed before it (kỳ trước chuyển qua)
 * @param receivedInPerson   received in the period at the counter (trực tiếp)
 * @param receivedOnline     accepted in the period after online submission (trực tuyến)
 * @param receivedByPost     received in the period by post (bưu chính)
 * @param resolvedEarly      result returned in the period before its due day (trước hạn)
 * @param resolvedOnTime     result returned in the period on its due day (đúng hạn)
 * @param resolvedLate       result returned in the period after its due day (quá hạn)
 * @param inProgressOnTime   open and not paused at the period's end, due day not passed (đang giải quyết trong hạn)
 * @param inProgressOverdue  open and not paused at the period's end, due day passed (đang giải quyết quá hạn)
 * @param pausedSupplement   waiting for supplementary papers at the period's end (chờ bổ sung)
 * @param pausedPayment      waiting for fees or tax at the period's end (chờ thực hiện nghĩa vụ tài chính)
 * @param stopped            processing stopped in the period (dừng xử lý)
 * @param refused            handed back unresolved in the period after receipt (trả lại)
 * @param withdrawn          withdrawn by the applicant in the period (rút hồ sơ)
 */
public record OneStopCounts(long carriedOver, long receivedInPerson, long receivedOnline, long receivedByPost,
                            long resolvedEarly, long resolvedOnTime, long resolvedLate,
                            long inProgressOnTime, long inProgressOverdue,
                            long pausedSupplement, long pausedPayment, long stopped,
                            long refused, long withdrawn) {

    public static final OneStopCounts NONE = new OneStopCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public OneStopCounts {
        long[] all = {carriedOver, receivedInPerson, receivedOnline, receivedByPost, resolvedEarly, resolvedOnTime,
                resolvedLate, inProgressOnTime, inProgressOverdue, pausedSupplement, pausedPayment, stopped, refused, withdrawn};
        for (long n : all) {
            if (n < 0) {
                throw new IllegalArgumentException("Counts cannot be negative");
            }
        }
    }

    public long received() {
        return receivedInPerson + receivedOnline + receivedByPost;
    }

    /** Results returned in the period. */
    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public long inProgress() {
        return inProgressOnTime + inProgressOverdue;
    }

    public OnTimeRate onTimeRate() {
        return new OnTimeRate(resolvedEarly + resolvedOnTime, resolved());
    }

    /** Carried over plus received equals everything that left the period or is still open at its end. */
    public boolean balances() {
        return carriedOver + received() == resolved() + refused + withdrawn + stopped + pausedSupplement + pausedPayment
                + inProgress();
    }

    public OneStopCounts plus(OneStopCounts o) {
        return new OneStopCounts(carriedOver + o.carriedOver, receivedInPerson + o.receivedInPerson,
                receivedOnline + o.receivedOnline, receivedByPost + o.receivedByPost, resolvedEarly + o.resolvedEarly,
                resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate, inProgressOnTime + o.inProgressOnTime,
                inProgressOverdue + o.inProgressOverdue, pausedSupplement + o.pausedSupplement,
                pausedPayment + o.pausedPayment, stopped + o.stopped, refused + o.refused, withdrawn + o.withdrawn);
    }
}

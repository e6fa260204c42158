package vn.lienthong.exchange.statistics;

/**
 * An agency's traffic on the axis over a span of time (docs/reporting.md, "Computed indicators").
 * Documents it sent (revocations not counted): all, signed, and those reaching an agency outside
 * its own ministry or province; deliveries it received: all, from outside, registered (it reported
 * status 03 or a later one), fetched; and deliveries it fetched within the span whatever their age.
 */
public record AxisCounts(long sent, long sentSigned, long sentExternal, long received, long receivedExternal,
                         long registered, long fetchedInSpan) {

    public static final AxisCounts NONE = new AxisCounts(0, 0, 0, 0, 0, 0, 0);

    public long sentInternal() {
        return sent - sentExternal;
    }

    public long receivedInternal() {
        return received - receivedExternal;
    }

    /** Whether the agency used the axis at all in the span: sent a document or fetched one. */
    public boolean connected() {
        return sent > 0 || fetchedInSpan > 0;
    }

    public AxisCounts plus(AxisCounts o) {
        return new AxisCounts(sent + o.sent, sentSigned + o.sentSigned, sentExternal + o.sentExternal, received + o.received,
                receivedExternal + o.receivedExternal, registered + o.registered, fetchedInSpan + o.fetchedInSpan);
    }
}

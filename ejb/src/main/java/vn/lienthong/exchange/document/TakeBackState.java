package vn.lienthong.exchange.document;

/** Where a document stands in the take-back exchange (lấy lại văn bản): status 13, then 15 or 16 from each recipient. */
public enum TakeBackState {
    /** The sender asked (13); not every recipient has answered, or the last answers changed. */
    REQUESTED,
    /** Every recipient agreed (15). */
    TAKEN_BACK,
    /** Every recipient answered and at least one refused (16). */
    REFUSED
}

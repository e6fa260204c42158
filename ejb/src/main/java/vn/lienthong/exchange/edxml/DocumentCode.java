package vn.lienthong.exchange.edxml;

/** The document number and notation (số, ký hiệu), e.g. 7816 and VPCP-TTĐT. */
public record DocumentCode(String number, String notation) {

    /** As people write it: {@code 7816/VPCP-TTĐT}. */
    public String display() {
        if (number == null || number.isEmpty()) {
            return notation == null ? "" : notation;
        }
        return notation == null || notation.isEmpty() ? number : number + "/" + notation;
    }
}

package vn.lienthong.exchange.edxml;

/** Who signed the document: competence (thẩm quyền), position (chức vụ), full name. */
public record SignerInfo(String competence, String position, String fullName) {
}

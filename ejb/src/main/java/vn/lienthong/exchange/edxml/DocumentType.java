package vn.lienthong.exchange.edxml;

/** The kind of document: a numeric type, its detail and its name (Quyết định, Công văn, ...). */
public record DocumentType(Integer type, String typeDetail, String typeName) {
}

package vn.lienthong.exchange.edxml;

/** A package as read: a document package or a status package. */
public sealed interface EdxmlPackage permits DocumentPackage, StatusPackage {

    /** Whether the package carries an XML digital signature element (not whether it verifies). */
    default boolean signed() {
        return signature() != null;
    }

    /** The XML digital signature element as received, or null. */
    XmlElement signature();
}

package vn.lienthong.exchange.edxml;

/** A package as read: a document package or a status package. */
public sealed interface EdxmlPackage permits DocumentPackage, StatusPackage {

    /** Whether the package carries an XML digital signature element (not whether it verifies). */
    boolean signed();
}

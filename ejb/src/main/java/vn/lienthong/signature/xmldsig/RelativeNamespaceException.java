package vn.lienthong.signature.xmldsig;

/** A namespace URI that the canonicalisation refuses (relative: no scheme). */
public final class RelativeNamespaceException extends RuntimeException {
    RelativeNamespaceException(String prefix, String uri) {
        super("the namespace " + (prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix) + "=\"" + uri
                + "\" is a relative URI, which canonical XML does not define");
    }
}

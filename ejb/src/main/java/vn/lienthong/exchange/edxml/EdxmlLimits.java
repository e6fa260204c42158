package vn.lienthong.exchange.edxml;

/**
 * What the reader accepts at most: element nesting and count, characters in one text, in one
 * attribute value and in one comment or processing instruction, attachments, bytes. The operator
 * sets them through server variables
 * ({@code edxml.limit.*}, docs/edxml.md). A package over a limit is refused before it is stored.
 */
public record EdxmlLimits(int maxDepth, int maxElements, int maxTextLength, int maxAttributeLength,
                          int maxCommentLength, int maxAttachments, long maxPackageBytes) {

    public static final EdxmlLimits DEFAULT = new EdxmlLimits(32, 20_000, 1_000_000, 10_000, 100_000, 100,
            256L * 1024 * 1024);

    public EdxmlLimits {
        if (maxDepth < 8 || maxElements < 100 || maxTextLength < 1_000 || maxAttributeLength < 1_000
                || maxCommentLength < 100 || maxAttachments < 1 || maxPackageBytes < 65_536) {
            throw new IllegalArgumentException("edXML limits too small to read any real package: " + this);
        }
    }
}

package vn.lienthong.client.edxml;

/**
 * Text and attribute values escaped as Canonical XML escapes them (the same for exclusive
 * canonicalisation): the writer writes them so, and the verifier's canonicaliser digests them so.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    /**
     * Character data: {@code &amp;}, {@code &lt;}, {@code &gt;} and CR as {@code &#xD;}. {@code strict}
     * refuses a character XML 1.0 cannot carry (what the writer sends); a parsed text never has one.
     */
    public static String text(String text, boolean strict) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#xD;");
                default -> {
                    if (strict) {
                        checkXmlCharacter(text, i);
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** An attribute value: {@code &amp;}, {@code &lt;}, {@code &quot;}, and TAB, LF, CR as character references. */
    public static String attribute(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '"' -> b.append("&quot;");
                case '\t' -> b.append("&#x9;");
                case '\n' -> b.append("&#xA;");
                case '\r' -> b.append("&#xD;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void checkXmlCharacter(String text, int i) {
        char c = text.charAt(i);
        boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            allowed = true;
        } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            allowed = true;
        }
        if (!allowed) {
            throw new IllegalArgumentException("Character U+%04X at position %d cannot be carried by XML 1.0: %s"
                    .formatted((int) c, i, text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }
}

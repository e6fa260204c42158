package vn.lienthong.signature.xmldsig;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** UTF-8 encoding with the escapes of canonical XML, through a buffer. */
final class CanonicalUtf8Output {
    private final OutputStream sink;
    private final byte[] buffer = new byte[8192];
    private int used;

    CanonicalUtf8Output(OutputStream sink) {
        this.sink = sink;
    }

    void ascii(char c) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
    }

    void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            ascii(s.charAt(i));
        }
    }

    void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            i = character(s, i);
        }
    }

    void attributeValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '"' -> ascii("&quot;");
                case '\t' -> ascii("&#x9;");
                case '\n' -> ascii("&#xA;");
                case '\r' -> ascii("&#xD;");
                default -> i = character(s, i);
            }
        }
    }

    void carriageReturnsEscaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\r') {
                ascii("&#xD;");
            } else {
                i = character(s, i);
            }
        }
    }

    void escapedText(char[] text, int start, int length) {
        int end = start + length;
        int i = start;
        while (i < end) {
            // Most text (base64 above all) is ASCII needing no escape: copy it in runs.
            int limit = Math.min(end, i + buffer.length - used);
            while (i < limit) {
                char c = text[i];
                if (c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '\r') {
                    break;
                }
                buffer[used++] = (byte) c;
                i++;
            }
            if (i == end) {
                return;
            }
            if (i == limit) {
                flush();
                continue;
            }
            char c = text[i];
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '\r' -> ascii("&#xD;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                        codePoint(Character.toCodePoint(c, text[i + 1]));
                        i++;
                    } else {
                        codePoint(c);
                    }
                }
            }
            i++;
        }
    }

    /** Writes the character at {@code i} (two chars for a surrogate pair); returns the index of its last char. */
    private int character(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            codePoint(Character.toCodePoint(c, s.charAt(i + 1)));
            return i + 1;
        }
        codePoint(c);
        return i;
    }

    private void codePoint(int cp) {
        if (used + 4 > buffer.length) {
            flush();
        }
        if (cp < 0x80) {
            buffer[used++] = (byte) cp;
        } else if (cp < 0x800) {
            buffer[used++] = (byte) (0xC0 | (cp >> 6));
            buffer[used++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buffer[used++] = (byte) (0xE0 | (cp >> 12));
            buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buffer[used++] = (byte) (0xF0 | (cp >> 18));
            buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    void flush() {
        if (used > 0) {
            try {
                sink.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            used = 0;
        }
    }
}

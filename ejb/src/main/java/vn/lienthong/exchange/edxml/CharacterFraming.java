package vn.lienthong.exchange.edxml;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a package's bytes make characters, for {@link MarkupSizeGuard}: UTF-8 unless the first bytes
 * say UTF-16 (by byte order mark or by the first characters, XML 1.0 appendix F) or the XML
 * declaration names a single-byte charset that writes ASCII as ASCII. Any other encoding could hide
 * markup from the guard, and is refused. Each character goes to {@link Characters} as its ASCII
 * value, or -1 for any other, with whether it counts towards a length (in UTF-8 the bytes that
 * start one, in UTF-16 16-bit units).
 */
final class CharacterFraming {

    /** Where the characters go. */
    interface Characters {
        void character(int ascii, boolean counts);
    }

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Set<String> UTF_16_NAMES = Set.of("UTF-16", "UTF-16BE", "UTF-16LE", "UTF16", "ISO-10646-UCS-2");
    /** Every character whose byte the guard looks for, and some that must not change meaning. */
    private static final String MARKUP = "<>!?-[]/='\" \t\r\nxmlencodingDOCTYPECDATA09:";

    private final Characters out;
    private final byte[] head = new byte[4];
    private int headLength;
    private boolean framed;
    private int unitBytes = 1;
    private boolean bigEndian;
    private int pendingByte = -1;
    private boolean utf8 = true;

    CharacterFraming(Characters out) {
        this.out = out;
    }

    /** Whether each byte is one unit from here on (UTF-8 or a single-byte charset), once the first bytes decided it. */
    boolean singleByteUnits() {
        return framed && unitBytes == 1;
    }

    void endOfInput() {
        if (!framed) {
            frame();
        }
    }

    void accept(byte b) {
        if (!framed) {
            head[headLength++] = b;
            if (headLength == head.length) {
                frame();
            }
            return;
        }
        unit(b);
    }

    /** Decides from the first four bytes how characters are framed (XML 1.0, appendix F), then watches them. */
    private void frame() {
        framed = true;
        int b0 = headLength > 0 ? head[0] & 0xff : -1;
        int b1 = headLength > 1 ? head[1] & 0xff : -1;
        int b2 = headLength > 2 ? head[2] & 0xff : -1;
        int b3 = headLength > 3 ? head[3] & 0xff : -1;
        boolean fourByte = (b0 == 0 && b1 == 0) || (b0 == 0x3c && b1 == 0 && b2 == 0 && b3 == 0)
                || (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0x3c && b2 == 0 && b3 == 0);
        if (fourByte) {
            throw unacceptedEncoding("UCS-4");
        }
        if (b0 == 0x4c && b1 == 0x6f && b2 == 0xa7 && b3 == 0x94) {
            throw unacceptedEncoding("EBCDIC");
        }
        int byteOrderMark = 0;
        if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0 && b1 == 0x3c)) {
            unitBytes = 2;
            bigEndian = true;
            byteOrderMark = b0 == 0xfe ? 2 : 0;
        } else if ((b0 == 0xff && b1 == 0xfe) || (b0 == 0x3c && b1 == 0)) {
            unitBytes = 2;
            bigEndian = false;
            byteOrderMark = b0 == 0xff ? 2 : 0;
        } else if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            byteOrderMark = 3;
        }
        for (int i = byteOrderMark; i < headLength; i++) {
            unit(head[i]);
        }
    }

    private void unit(byte b) {
        int value = b & 0xff;
        boolean counts;
        if (unitBytes == 2) {
            if (pendingByte < 0) {
                pendingByte = value;
                return;
            }
            value = bigEndian ? (pendingByte << 8) | value : (value << 8) | pendingByte;
            pendingByte = -1;
            counts = true;
        } else {
            // In UTF-8 a byte 10xxxxxx continues a character; in a single-byte charset every byte is one.
            counts = !utf8 || (value & 0xc0) != 0x80;
        }
        out.character(value < 0x80 ? value : -1, counts);
    }

    /** The XML declaration at the very start: the encoding it names, if any, must be one the guard can follow. */
    void declared(CharSequence declaration) {
        Matcher m = ENCODING.matcher(declaration);
        if (!m.find()) {
            return;
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        if (unitBytes == 2) {
            if (!UTF_16_NAMES.contains(name)) {
                throw unacceptedEncoding(m.group(1));
            }
            return;
        }
        Charset charset;
        try {
            if (!Charset.isSupported(name)) {
                return; // the parser refuses an encoding it does not know
            }
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException e) {
            return;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            utf8 = true;
            return;
        }
        if (!singleByteAscii(charset)) {
            throw unacceptedEncoding(m.group(1));
        }
        utf8 = false;
    }

    private static boolean singleByteAscii(Charset charset) {
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
            return false;
        }
        byte[] ascii = MARKUP.getBytes(StandardCharsets.US_ASCII);
        return java.util.Arrays.equals(MARKUP.getBytes(charset), ascii) && new String(ascii, charset).equals(MARKUP);
    }

    private static MalformedPackageException unacceptedEncoding(String name) {
        return new MalformedPackageException(-1, -1, "the encoding " + name
                + " is not accepted: write the package in UTF-8 (or UTF-16, or a single-byte charset that writes ASCII as ASCII)");
    }
}

package vn.lienthong.exchange.edxml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Decodes base64 text handed over in pieces, as the XML parser delivers it. Whitespace (line
 * breaks of MIME-style encoders) is skipped; any other character outside the alphabet, data after
 * padding, or a truncated last group is an error. The JDK's MIME decoder would silently skip such
 * characters, and a corrupted attachment must be refused, not delivered damaged.
 */
final class Base64StreamDecoder {

    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int buffered;
    private int quantum;
    private int quantumChars;
    private int padding;
    private boolean closed;
    private long decoded;

    Base64StreamDecoder(OutputStream out) {
        this.out = out;
    }

    /** @return false when the text is not valid base64 */
    boolean feed(char[] chars, int start, int length) throws IOException {
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (closed) {
                return false;
            }
            if (c == '=') {
                if (quantumChars < 2) {
                    return false;
                }
                padding++;
                quantumChars++;
                if (quantumChars == 4) {
                    flushQuantum();
                }
                continue;
            }
            if (padding > 0 || c >= 128 || VALUE[c] < 0) {
                return false;
            }
            quantum = (quantum << 6) | VALUE[c];
            quantumChars++;
            if (quantumChars == 4) {
                flushQuantum();
            }
        }
        return true;
    }

    private void flushQuantum() throws IOException {
        int bits = quantum << (6 * padding);
        int bytes = 3 - padding;
        if (buffered + 3 > buffer.length) {
            drain();
        }
        buffer[buffered++] = (byte) (bits >> 16);
        if (bytes > 1) {
            buffer[buffered++] = (byte) (bits >> 8);
        }
        if (bytes > 2) {
            buffer[buffered++] = (byte) bits;
        }
        decoded += bytes;
        quantum = 0;
        quantumChars = 0;
        if (padding > 0) {
            closed = true; // padding ends the data; nothing may follow
            padding = 0;
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    /** @return false when the text ended in the middle of a 4-character group */
    boolean finish() throws IOException {
        drain();
        return quantumChars == 0;
    }

    long decodedBytes() {
        return decoded;
    }
}

package vn.lienthong.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the bytes of a file say before any PDF parser reads it: whether it is a PDF, whether it holds a token. */
public final class PdfFiles {

    /** Every signature dictionary holds this literal, outside any compressed object stream. */
    static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private PdfFiles() {
    }

    /** Whether an attachment is a PDF: by its declared content type, or by the {@code %PDF-} header its bytes start with. */
    public static boolean isPdf(String contentType, Path file) throws IOException {
        if (contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return "%PDF-".equals(new String(head, StandardCharsets.US_ASCII));
        }
    }

    /** Whether the file's bytes contain {@code token}, read in blocks (the token may straddle two). */
    static boolean containsToken(Path file, byte[] token) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, carried, buffer.length - carried)) > 0) {
                int filled = carried + read;
                if (indexOf(buffer, filled, token) >= 0) {
                    return true;
                }
                carried = Math.min(token.length - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        return false;
    }

    private static int indexOf(byte[] data, int length, byte[] token) {
        outer:
        for (int i = 0; i <= length - token.length; i++) {
            for (int j = 0; j < token.length; j++) {
                if (data[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package vn.lienthong.exchange.document;

import vn.lienthong.platform.crypto.Sha256;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes bytes through while digesting them, and fails the last read when they are not the bytes whose
 * SHA-256 the database holds: an archived package altered or damaged on disk is never served as if it
 * were the original, yet a large one still streams without being read twice.
 */
final class DigestCheckedStream extends FilterInputStream {

    private final MessageDigest digest = Sha256.newDigest();
    private final String expectedSha256;
    private final String what;
    private boolean checked;

    DigestCheckedStream(InputStream in, String expectedSha256, String what) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            check();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            check();
        } else {
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("An archived package is read from its start to its end, so its digest can be checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new IOException(what + " does not match its SHA-256 " + expectedSha256 + " (read " + actual
                    + "): the archive copy was altered or damaged");
        }
    }
}

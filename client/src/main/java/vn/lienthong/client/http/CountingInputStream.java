package vn.lienthong.client.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports every read to a {@link Progress}. */
final class CountingInputStream extends FilterInputStream {

    private final Progress progress;
    private final long total;
    private long done;

    CountingInputStream(InputStream in, Progress progress, long total) {
        super(in);
        this.progress = progress;
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.update(++done, total);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            done += n;
            progress.update(done, total);
        }
        return n;
    }
}

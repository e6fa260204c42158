package vn.lienthong.signature.pdf;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The signed bytes, the two ranges of the ByteRange, streamed from the file when the digest is computed. */
record ByteRangeContent(Path file, int[] range) implements CMSTypedData {

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            copy(channel, range[0], range[1], out);
            copy(channel, range[2], range[3], out);
        }
    }

    private static void copy(FileChannel channel, long from, long count, OutputStream out) throws IOException {
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[64 * 1024];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the file ends inside the signed range");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    @Override
    public Object getContent() {
        return file;
    }
}

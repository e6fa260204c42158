package vn.lienthong.exchange.edxml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the reader writes each attachment's decoded bytes while it streams through the package,
 * so no attachment is ever held whole in memory.
 */
@FunctionalInterface
public interface AttachmentSink {

    /** Discards the bytes; the reader still checks the encoding and counts and hashes the content. */
    AttachmentSink DISCARD = index -> OutputStream.nullOutputStream();

    /** A stream for the attachment at {@code index} (0-based, in package order); the reader closes it. */
    OutputStream open(int index) throws IOException;
}

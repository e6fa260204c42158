package vn.lienthong.exchange.edxml;

import java.io.IOException;
import java.io.InputStream;

/** Where {@link EdxmlWriter} reads each attachment's bytes from, so none is held whole in memory. */
@FunctionalInterface
public interface AttachmentSource {
    /** The decoded bytes of the attachment at {@code index} (0-based, in package order); the writer closes it. */
    InputStream open(int index) throws IOException;
}

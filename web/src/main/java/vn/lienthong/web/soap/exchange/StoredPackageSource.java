package vn.lienthong.web.soap.exchange;

import jakarta.activation.DataSource;
import vn.lienthong.exchange.document.StoredPackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stored package as an MTOM attachment, streamed from the package store as it is written, so a
 * large package is never held in memory. It can be read once, which is all the response needs.
 */
final class StoredPackageSource implements DataSource {

    private final StoredPackage stored;
    private boolean opened;

    StoredPackageSource(StoredPackage stored) {
        this.stored = stored;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (opened) {
            throw new IOException("The package " + stored.id().value() + " was already streamed");
        }
        opened = true;
        return stored.content();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        throw new IOException("A stored package is read-only");
    }

    @Override
    public String getContentType() {
        return "application/octet-stream";
    }

    @Override
    public String getName() {
        return stored.id().value() + ".edxml";
    }
}

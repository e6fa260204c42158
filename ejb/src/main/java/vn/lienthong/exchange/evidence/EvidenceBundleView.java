package vn.lienthong.exchange.evidence;

import vn.lienthong.exchange.document.HubDocumentId;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A document's evidence bundle, ready to stream: everything was found and checked when it was made
 * (a purged package or an unprovable log is refused before the first byte), and {@link #writeTo}
 * writes the signed ZIP, reading the package as it goes.
 */
public record EvidenceBundleView(HubDocumentId documentId, String fileName, Writer writer) {

    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public void writeTo(OutputStream out) throws IOException {
        writer.writeTo(out);
    }
}

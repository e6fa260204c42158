package vn.lienthong.client.edxml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A package ready to be written: a document ({@link DocumentBuilder}) or a status
 * ({@link StatusBuilder}). Signed with {@code PackageSigner}, or written unsigned where the
 * sending agency's policy accepts that.
 */
public interface EdxmlPackage {

    /** The XML declaration the writer puts first; canonicalisation leaves it out of every digest. */
    byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

    /** The sending (or reporting) agency's code: {@code From/OrganId}. */
    String from();

    /**
     * Writes the root element and everything in it, in canonical form, with {@code signature}
     * (a whole {@code ds:Signature} element, or {@code null}) as the last child of
     * {@code edXMLHeader}. Attachments are streamed from their files.
     */
    void writeRoot(OutputStream out, String signature) throws IOException;

    /** The unsigned package, declaration first. */
    default void writeUnsigned(OutputStream out) throws IOException {
        out.write(DECLARATION);
        writeRoot(out, null);
        out.flush();
    }

    default void writeUnsigned(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeUnsigned(out);
        }
    }
}

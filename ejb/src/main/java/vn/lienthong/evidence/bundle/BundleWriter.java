package vn.lienthong.evidence.bundle;

import vn.lienthong.platform.crypto.Sha256;
import vn.lienthong.signature.hubkey.ReceiptSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an evidence bundle as an ASiC-E style ZIP: {@code mimetype} first and stored uncompressed,
 * then the parts in the order given, each streamed (a package of hundreds of megabytes is never held in
 * memory) while its SHA-256 is computed, then {@code META-INF/manifest.xml} with every part's digest and
 * {@code META-INF/signature.p7s}, the hub key's detached CMS signature of the manifest's bytes.
 */
public final class BundleWriter {

    public static final String MIMETYPE = "application/vnd.etsi.asic-e+zip";
    public static final String MANIFEST = "META-INF/manifest.xml";
    public static final String SIGNATURE = "META-INF/signature.p7s";
    public static final String HUB_CERTIFICATE = "certificates/hub.pem";

    /** Opens a part's bytes when the writer reaches it. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** One file of the bundle. */
    public record Part(String name, String mediaType, Content content) {
        public static Part of(String name, String mediaType, byte[] bytes) {
            return new Part(name, mediaType, () -> new java.io.ByteArrayInputStream(bytes));
        }
    }

    private BundleWriter() {
    }

    /** Writes the bundle of {@code document} to {@code out} (left open), signed by {@code hub}; the hub certificate is added as a part. */
    public static void write(OutputStream out, String document, List<Part> parts, ReceiptSigner hub, String hubCertificatePem)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        first.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();

        List<Part> all = new ArrayList<>(parts);
        all.add(Part.of(HUB_CERTIFICATE, "application/x-pem-file", hubCertificatePem.getBytes(StandardCharsets.US_ASCII)));
        List<BundleManifest.Entry> entries = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        for (Part part : all) {
            zip.putNextEntry(new ZipEntry(part.name()));
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            try (InputStream in = part.content().open()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    zip.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    size += n;
                }
            }
            zip.closeEntry();
            entries.add(new BundleManifest.Entry(part.name(), part.mediaType(), size, HexFormat.of().formatHex(digest.digest())));
        }
        byte[] manifest = new BundleManifest(document, entries).xml();
        stored(zip, MANIFEST, manifest);
        stored(zip, SIGNATURE, hub.signDetached(manifest));
        zip.finish();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The caller owns the stream (a servlet response): finishing the ZIP must not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

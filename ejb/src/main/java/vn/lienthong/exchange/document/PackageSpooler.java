package vn.lienthong.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.exchange.edxml.EdxmlLimits;
import vn.lienthong.exchange.edxml.PackageLimitExceededException;
import vn.lienthong.platform.crypto.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/** Reads a request body into a {@link SpooledPackage}, refusing it once it passes the size limit. */
@ApplicationScoped
public class PackageSpooler {

    /** Packages up to this size are kept in memory: most documents (20-500 KB) never touch the disk twice. */
    static final int IN_MEMORY_THRESHOLD = 1024 * 1024;

    @Inject
    EdxmlLimits limits;

    @Inject
    @ConfigProperty(name = "lienthong.spool.dir")
    Optional<String> spoolDir;

    public SpooledPackage spool(InputStream body) {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream memory = new ByteArrayOutputStream(32 * 1024);
        OutputStream fileOut = null;
        Path file = null;
        long size = 0;
        try {
            int n;
            while ((n = body.read(buffer)) > 0) {
                size += n;
                if (size > limits.maxPackageBytes()) {
                    throw new PackageLimitExceededException("edXML", "edxml.limit.package-bytes", limits.maxPackageBytes());
                }
                digest.update(buffer, 0, n);
                if (fileOut == null && size > IN_MEMORY_THRESHOLD) {
                    file = Files.createTempFile(spoolDirectory(), "package-", ".xml");
                    fileOut = Files.newOutputStream(file);
                    memory.writeTo(fileOut);
                    memory = null;
                }
                if (fileOut != null) {
                    fileOut.write(buffer, 0, n);
                } else {
                    memory.write(buffer, 0, n);
                }
            }
            if (fileOut != null) {
                fileOut.close();
                return new SpooledPackage(null, file, size, digest.digest());
            }
            return new SpooledPackage(memory.toByteArray(), null, size, digest.digest());
        } catch (IOException | RuntimeException e) {
            closeQuietly(fileOut);
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The request body could not be read", io);
            }
            throw (RuntimeException) e;
        }
    }

    private Path spoolDirectory() throws IOException {
        Path dir = Path.of(spoolDir.filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir")));
        return Files.createDirectories(dir);
    }

    private static void closeQuietly(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the spool file is deleted next; nothing to keep
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover spool file holds no accepted data
            }
        }
    }
}

package vn.lienthong.exchange.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The bytes of one request body, exactly as received, with their size and SHA-256. Small packages
 * stay in memory; larger ones live in a spool file that {@link #close()} deletes. Reading the body
 * once to spool it lets the hub parse it and then store it without holding it in memory twice and
 * without keeping a database transaction open while a slow client uploads.
 */
public final class SpooledPackage implements AutoCloseable {

    private final byte[] inMemory;
    private final Path file;
    private final long size;
    private final byte[] sha256;

    SpooledPackage(byte[] inMemory, Path file, long size, byte[] sha256) {
        this.inMemory = inMemory;
        this.file = file;
        this.size = size;
        this.sha256 = sha256.clone();
    }

    /** A new stream over the whole package, from the first byte. */
    public InputStream open() {
        if (inMemory != null) {
            return new ByteArrayInputStream(inMemory, 0, (int) size);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The spooled package " + file + " cannot be read", e);
        }
    }

    public long size() {
        return size;
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("The spool file " + file + " cannot be deleted", e);
            }
        }
    }
}

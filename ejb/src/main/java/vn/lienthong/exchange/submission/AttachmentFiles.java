package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.edxml.AttachmentSink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The decoded attachments of one package, one scratch file each, kept while the submission that
 * read them needs them. The edXML reader decodes every attachment anyway (a corrupt one refuses the
 * package), so writing them here as it streams lets the PDF signature check use them without reading
 * and decoding the package a second time. The directory is made at the first attachment; closing
 * deletes it.
 */
public final class AttachmentFiles implements AttachmentSink, AutoCloseable {

    private final Path scratch;
    private Path directory;

    private AttachmentFiles(Path scratch) {
        this.scratch = scratch;
    }

    /** Files in a fresh directory under {@code scratch}, made when the first attachment comes. */
    public static AttachmentFiles under(Path scratch) {
        return new AttachmentFiles(scratch);
    }

    @Override
    public OutputStream open(int index) throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory(Files.createDirectories(scratch), "attachments-");
        }
        return Files.newOutputStream(file(index));
    }

    /** Where attachment {@code index} (0-based, package order) was written; it may not exist. */
    public Path file(int index) {
        return (directory == null ? scratch.resolve("attachments-none") : directory).resolve(index + ".bin");
    }

    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(directory);
        } catch (IOException | UncheckedIOException ignored) {
            // scratch copies of attachments the package store keeps anyway; nothing is lost
        }
    }
}

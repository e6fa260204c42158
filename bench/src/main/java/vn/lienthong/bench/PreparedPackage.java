package vn.lienthong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A signed package written to disk before the clock starts, with what the run needs to follow it. */
record PreparedPackage(Path file, String from, List<String> to, String edxmlId, long sizeBytes) {

    byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

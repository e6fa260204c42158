package vn.lienthong.platform.health;

import java.nio.file.Path;

/**
 * A path a server variable names, as this server reads it. Liberty hands a variable's default to
 * MicroProfile Config unexpanded ({@code ${server.output.dir}/data}); the server's working directory
 * is its output directory, so that prefix stands for it.
 */
final class ServerPath {

    private static final String OUTPUT_DIR = "${server.output.dir}";

    private ServerPath() {
    }

    static Path of(String configured) {
        String value = configured.strip();
        if (value.startsWith(OUTPUT_DIR)) {
            value = value.substring(OUTPUT_DIR.length()).replaceFirst("^[/\\\\]", "");
            return Path.of(value.isEmpty() ? "." : value).toAbsolutePath().normalize();
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}

package vn.lienthong.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Free space where the server keeps what it must not lose ({@code lienthong.data.dir}: the embedded
 * database, the broker journal, the transaction log) and where large packages are spooled while read
 * ({@code lienthong.spool.dir}). Below {@code lienthong.health.min-free-space-mb} on either, the server
 * is not ready: accepting a package it cannot store would lose it.
 */
@Readiness
@ApplicationScoped
public class FreeSpaceReadiness implements HealthCheck {

    private static final long MIB = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "lienthong.data.dir", defaultValue = "${server.output.dir}/data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "lienthong.spool.dir", defaultValue = "${server.output.dir}/spool")
    String spoolDir;

    @Inject
    @ConfigProperty(name = "lienthong.health.min-free-space-mb", defaultValue = "512")
    long minimumMib;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("free-space").withData("minimumMiB", minimumMib);
        boolean up = true;
        for (var place : new String[][]{{"data", dataDir}, {"spool", spoolDir}}) {
            Path dir = ServerPath.of(place[1]);
            answer.withData(place[0] + "Dir", dir.toString());
            Optional<Long> free = freeMib(dir);
            if (free.isEmpty()) {
                up = false;
                answer.withData(place[0] + "Problem", "the directory cannot be read / không đọc được thư mục");
                continue;
            }
            answer.withData(place[0] + "FreeMiB", free.get());
            if (free.get() < minimumMib) {
                up = false;
                answer.withData(place[0] + "Problem", "less than " + minimumMib + " MiB free / còn dưới " + minimumMib + " MiB trống");
            }
        }
        return answer.status(up).build();
    }

    /** The usable space of the file system holding {@code dir}, or of its nearest existing parent (created on first use). */
    static Optional<Long> freeMib(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.getFileStore(existing).getUsableSpace() / MIB);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

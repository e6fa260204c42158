package vn.lienthong.platform.objectstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * S3Proxy (org.gaul:s3proxy), a real S3-API server backed by a directory, run as a process of its own for a
 * test class, with authentication enforced ({@code s3proxy.authorization=aws-v2-or-v4}): a request signed
 * with the wrong key is refused as AWS would refuse it. The jar is copied by the build (ejb/pom.xml,
 * {@code s3proxy.jar}).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "lienthong-test";
    public static final String SECRET_KEY = "lienthong-test-only-secret";

    private final Process process;
    private final Path blobs;
    private final Path log;
    private final int port;

    private S3ProxyServer(Process process, Path blobs, Path log, int port) {
        this.process = process;
        this.blobs = blobs;
        this.log = log;
        this.port = port;
    }

    /** Starts S3Proxy over {@code directory}, with {@code buckets} already made, and waits for its port. */
    public static S3ProxyServer start(Path directory, String... buckets) throws IOException {
        Path blobs = Files.createDirectories(directory.resolve("blobs"));
        for (String bucket : buckets) {
            Files.createDirectories(blobs.resolve(bucket));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path properties = directory.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs) + "\n");
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("S3Proxy's jar is missing (" + jar + "): run the tests through Maven, which copies it");
        }
        Path log = directory.resolve("s3proxy.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", jar, "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3ProxyServer server = new S3ProxyServer(process, blobs, log, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped at start: " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return server;
            } catch (IOException notYet) {
                sleep();
            }
        }
        server.close();
        throw new IllegalStateException("S3Proxy did not open port " + port + " within 60 s: " + Files.readString(log));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Where S3Proxy keeps an object as a file (its filesystem store: bucket directory, then the key). */
    public Path file(String bucket, String key) {
        return blobs.resolve(bucket).resolve(key);
    }

    public ObjectStoreSettings settings(String bucket, String secretKey) {
        return new ObjectStoreSettings(endpoint(), bucket, "us-east-1", ACCESS_KEY, secretKey, true, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while S3Proxy starts", e));
        }
    }
}

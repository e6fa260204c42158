package vn.lienthong.it.client;

import vn.lienthong.it.support.Hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code lienthong} command line run as agency software runs it: {@code java -jar} on the client
 * module's runnable jar, in a process of its own with a heap of its own, signed in through the
 * environment. The suite's TLS trust (production configuration) is handed on to it.
 */
final class CommandLine {

    static final Path JAR = Path.of(System.getProperty("it.client.cli.jar", "../client/target/lienthong-client-1.0.0-SNAPSHOT-cli.jar"));

    /** What one run printed and exited with. */
    record Run(int exit, String out, String err) {
    }

    private final String agency;
    private final String secret;
    private final String heap;

    CommandLine(String agency, String secret, String heap) {
        this.agency = agency;
        this.secret = secret;
        this.heap = heap;
    }

    Run run(Path workDir, String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("The command line's jar " + JAR.toAbsolutePath() + " is missing: build the client module first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        for (String p : List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("LIENTHONG_HUB", Hub.BASE_URL);
        builder.environment().put("LIENTHONG_AGENCY", agency);
        builder.environment().put("LIENTHONG_SECRET", secret);
        builder.environment().put("LIENTHONG_KEYSTORE_PASSWORD", ClientAgencies.P12_PASSWORD);
        Path out = Files.createTempFile(workDir, "cli-", ".out");
        Path err = Files.createTempFile(workDir, "cli-", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("lienthong " + String.join(" ", args) + " did not end within 10 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}

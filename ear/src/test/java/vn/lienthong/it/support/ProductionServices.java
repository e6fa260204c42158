package vn.lienthong.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production configuration's services script (ear/src/test/production/services.sh, property
 * {@code prod.services.script}), for the tests that stop and start the database or a broker under
 * the running servers. A command that fails fails the test with the script's output.
 */
public final class ProductionServices {

    private static final String SCRIPT = System.getProperty("prod.services.script");

    private ProductionServices() {
    }

    /** Runs {@code services.sh <args>} and waits for it. */
    public static void run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

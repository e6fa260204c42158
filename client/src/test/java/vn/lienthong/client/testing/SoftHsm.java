package vn.lienthong.client.testing;

import vn.lienthong.client.signature.SigningKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM token (Debian's {@code softhsm2}) standing in for an agency's USB token: initialised in
 * the directory that {@code SOFTHSM2_CONF} names (the build sets it for the test JVM, since SoftHSM
 * reads it only from the environment), with a signer's key and certificate chain stored on it.
 */
public final class SoftHsm {

    public static final String UTIL = "softhsm2-util";
    public static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"));
    public static final String PIN = "1234";

    private SoftHsm() {
    }

    /** Why SoftHSM cannot be used here, or null when it can. */
    public static String unavailable() {
        if (library() == null) {
            return "SoftHSM is not installed (apt-get install softhsm2): no libsofthsm2.so in " + LIBRARIES;
        }
        try {
            Process p = new ProcessBuilder(UTIL, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return UTIL + " --version failed";
            }
        } catch (IOException e) {
            return UTIL + " is not installed (apt-get install softhsm2): " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        return conf == null ? "SOFTHSM2_CONF is not set for this JVM (the build sets it)" : null;
    }

    static Path library() {
        return LIBRARIES.stream().filter(Files::isReadable).findFirst().orElse(null);
    }

    /**
     * A fresh token labelled {@code label} holding {@code key} under alias {@code signer}; answers the
     * SunPKCS11 configuration file that opens it.
     */
    public static Path token(String label, SigningKey key) throws Exception {
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = conf.toAbsolutePath().getParent().resolve("tokens");
        Files.createDirectories(tokens);
        if (!Files.exists(conf)) {
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        }
        String initialised = run(UTIL, "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", "5678");
        // "The token has been initialized and is reassigned to slot 1234567": SunPKCS11 opens a token by its slot.
        java.util.regex.Matcher slot = java.util.regex.Pattern.compile("slot (\\d+)").matcher(initialised);
        if (!slot.find()) {
            throw new IOException("No slot in: " + initialised);
        }
        Path config = conf.toAbsolutePath().getParent().resolve(label + ".cfg");
        Files.writeString(config, "name = " + label + "\nlibrary = " + library() + "\nslot = " + slot.group(1) + "\n");
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN.toCharArray());
        store.setKeyEntry("signer", key.privateKey(), null, key.chain().toArray(new X509Certificate[0]));
        return config;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}

package vn.lienthong.client.cli;

import jakarta.json.JsonObject;
import vn.lienthong.client.http.LienThongClient;
import vn.lienthong.client.http.Progress;
import vn.lienthong.client.http.RetryPolicy;
import vn.lienthong.client.signature.SigningKey;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;

/**
 * What every command may need, made from the global options and the environment: the hub client,
 * the signing key, where answers and progress go. Secrets come from the environment rather than
 * the command line where they would show in the process list.
 */
final class Context {

    static final Set<String> GLOBAL_OPTIONS = Set.of("hub", "agency", "secret", "json", "quiet", "retries", "retry-wait",
            "timeout", "tls-truststore", "tls-truststore-password", "keystore", "keystore-password", "pkcs11-config", "pin", "alias");

    final Arguments args;
    final PrintStream out;
    final PrintStream err;

    Context(Arguments args, PrintStream out, PrintStream err) {
        this.args = args;
        this.out = out;
        this.err = err;
    }

    LienThongClient client() throws UsageException, IOException, GeneralSecurityException {
        var builder = LienThongClient.builder(args.require("hub", "LIENTHONG_HUB"))
                .agency(args.require("agency", "LIENTHONG_AGENCY"), args.require("secret", "LIENTHONG_SECRET"))
                .retry(RetryPolicy.of(args.integer("retries", 5), args.duration("retry-wait", Duration.ofSeconds(1))))
                .timeout(args.duration("timeout", Duration.ofSeconds(60)));
        Path truststore = args.path("tls-truststore");
        if (truststore != null) {
            builder.sslContext(trusting(truststore, args.get("tls-truststore-password", "LIENTHONG_TLS_TRUSTSTORE_PASSWORD")));
        }
        return builder.build();
    }

    String agency() throws UsageException {
        return args.require("agency", "LIENTHONG_AGENCY");
    }

    /** The signing key named by {@code --keystore} or {@code --pkcs11-config}, or null for an unsigned package. */
    SigningKey signingKey() throws UsageException, IOException, GeneralSecurityException {
        Path p12 = args.path("keystore");
        Path pkcs11 = args.path("pkcs11-config");
        if (p12 != null && pkcs11 != null) {
            throw new UsageException("--keystore and --pkcs11-config: one signing key, not two");
        }
        if (p12 != null) {
            return SigningKey.pkcs12(p12, args.require("keystore-password", "LIENTHONG_KEYSTORE_PASSWORD").toCharArray(), args.get("alias"));
        }
        if (pkcs11 != null) {
            return SigningKey.pkcs11(pkcs11, args.require("pin", "LIENTHONG_PIN").toCharArray(), args.get("alias"));
        }
        return null;
    }

    Progress progress(String label) {
        return args.flag("quiet") ? Progress.NONE : new ProgressBar(label, err);
    }

    /** The command's answer: its JSON with {@code --json}, else its text. */
    void answer(JsonObject json, String text) {
        out.println(args.flag("json") ? json.toString() : text);
    }

    private static SSLContext trusting(Path truststore, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(truststore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            store.load(in, password == null ? null : password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}

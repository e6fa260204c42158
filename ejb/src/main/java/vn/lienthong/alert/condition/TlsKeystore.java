package vn.lienthong.alert.condition;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's TLS key certificates, read from the keystore of tls.xml ({@code tls.keystore},
 * {@code tls.keystore.password}). Liberty makes that file on the first start when it is missing;
 * until then there is nothing to watch. Read raw, because the default names {@code ${server.output.dir}},
 * which MP Config does not expand: that is the server's working directory.
 */
@ApplicationScoped
public class TlsKeystore {

    private static final Logger LOG = Logger.getLogger(TlsKeystore.class.getName());

    private volatile String lastProblem;

    public List<X509Certificate> certificates() {
        Optional<String> location = raw("tls.keystore")
                .map(l -> l.replace("${server.output.dir}", Path.of("").toAbsolutePath().toString()));
        if (location.isEmpty() || location.get().contains("${")) {
            return List.of();
        }
        Path file = Path.of(location.get());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, raw("tls.keystore.password").orElse("").toCharArray());
            List<X509Certificate> found = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.isKeyEntry(alias) ? store.getCertificate(alias) : null;
                if (c instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
            lastProblem = null;
            return found;
        } catch (IOException | GeneralSecurityException e) {
            String problem = file + ": " + e;
            if (!problem.equals(lastProblem)) {
                lastProblem = problem;
                LOG.log(Level.WARNING, "The TLS keystore cannot be read to watch its expiry: {0}", problem);
            }
            return List.of();
        }
    }

    private static Optional<String> raw(String name) {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue(name);
        return Optional.ofNullable(value.getRawValue()).map(String::strip).filter(v -> !v.isEmpty());
    }
}

package vn.lienthong.client.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A signer's private key, its certificate and the chain to its CA, and the JCA provider that holds
 * the key (a PKCS#11 token's key never leaves the token: the provider signs with it).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {

    public SigningKey {
        if (privateKey == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its private key and at least its own certificate");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** From a PKCS#12 file; {@code alias} null takes the first key entry. */
    public static SigningKey pkcs12(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return fromStore(store, password, alias, null);
    }

    /**
     * From a PKCS#11 token (a USB token, an HSM, SoftHSM) through the JDK's SunPKCS11 provider,
     * configured by {@code config} (docs/client.md shows one): {@code name}, {@code library} (the
     * token's PKCS#11 module) and {@code slot} or {@code slotListIndex}. {@code pin} is the user PIN.
     */
    public static SigningKey pkcs11(Path config, char[] pin, String alias) throws IOException, GeneralSecurityException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new GeneralSecurityException("This JDK has no SunPKCS11 provider");
        }
        if (!Files.isReadable(config)) {
            throw new IOException("The PKCS#11 configuration " + config + " cannot be read");
        }
        Provider provider = base.configure(config.toString());
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, pin);
        return fromStore(store, null, alias, provider);
    }

    private static SigningKey fromStore(KeyStore store, char[] password, String alias, Provider provider)
            throws GeneralSecurityException {
        String chosen = alias;
        if (chosen == null) {
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    chosen = a;
                    break;
                }
            }
        }
        if (chosen == null || !store.isKeyEntry(chosen)) {
            throw new GeneralSecurityException(alias == null ? "The key store holds no private key with its certificate"
                    : "The key store holds no private key named " + alias + "; it holds " + Collections.list(store.aliases()));
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, password);
        List<X509Certificate> chain = new ArrayList<>();
        Certificate[] certificates = store.getCertificateChain(chosen);
        if (certificates == null) {
            certificates = new Certificate[]{store.getCertificate(chosen)};
        }
        for (Certificate c : certificates) {
            chain.add((X509Certificate) c);
        }
        return new SigningKey(key, chain, provider);
    }
}

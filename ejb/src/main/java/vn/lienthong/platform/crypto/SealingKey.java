package vn.lienthong.platform.crypto;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The AES key that seals secrets the hub keeps in its database only to present them to someone
 * else later (an agency's push endpoint credential), held in a file outside the database: a copy
 * of the database alone does not give the secrets away. The file holds the key as base64 text
 * (16, 24 or 32 bytes; {@code openssl rand -base64 32} makes one).
 *
 * <p>A sealed value is {@code aesgcm1:<key id>:<base64 of 12-byte IV, ciphertext and tag>}. AES-GCM
 * authenticates it together with a context (the row it belongs to), so a sealed value copied to
 * another row does not open; the key id (the first 8 hex digits of the key's SHA-256) names the
 * key that sealed it, so a server given another key says so instead of failing obscurely.
 */
public final class SealingKey {

    static final String FORMAT = "aesgcm1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String id;

    public SealingKey(byte[] raw) {
        Objects.requireNonNull(raw);
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("An AES key has 16, 24 or 32 bytes, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw.clone(), "AES");
        this.id = HexFormat.of().formatHex(Sha256.digest(raw), 0, 4);
    }

    /** Reads the key from {@code file} (base64 text). */
    public static SealingKey load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return new SealingKey(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a base64 AES key of 16, 24 or 32 bytes: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a new 256-bit key in {@code file}, readable by the server's user only. Never overwrites:
     * when another server made the file first, that key is loaded.
     */
    public static SealingKey generate(Path file) throws IOException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return load(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the operator protects the file
        }
        return new SealingKey(raw);
    }

    public String id() {
        return id;
    }

    /** Seals {@code clear} for the row {@code context} names (e.g. {@code push_endpoint/000.00.05.H20}). */
    public String seal(String clear, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return FORMAT + ":" + id + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /**
     * Opens a value {@link #seal} made for the same context.
     *
     * @throws UnreadableSecretException when another key sealed it, or it was altered or moved to another row
     */
    public String open(String sealed, String context) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new UnreadableSecretException("Not a sealed secret (expected " + FORMAT + ":<key id>:<data>)");
        }
        if (!id.equals(parts[1])) {
            throw new UnreadableSecretException("Sealed with key " + parts[1] + ", but this server holds key " + id
                    + " (lienthong.secrets.key must name the same key file on every server)");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("The sealed secret of " + context + " is not base64");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("The sealed secret of " + context + " is too short to be one");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableSecretException("The sealed secret of " + context + " was altered or belongs to another row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    @Override
    public String toString() {
        return "SealingKey " + id; // never the key
    }
}

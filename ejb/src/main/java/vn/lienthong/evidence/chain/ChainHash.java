package vn.lienthong.evidence.chain;

import vn.lienthong.platform.crypto.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The link hash: SHA-256 over the previous entry's hash (64 lower-case hexadecimal characters, as
 * ASCII) followed by the entry's canonical form (UTF-8), written in lower-case hexadecimal. The first
 * entry's previous hash is {@link #GENESIS}. Changing any entry changes its hash and so every hash
 * after it.
 */
public final class ChainHash {

    /** The previous hash of entry 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private ChainHash() {
    }

    public static String of(String previousHash, String canonical) {
        if (previousHash == null || !HEX.matcher(previousHash).matches()) {
            throw new IllegalArgumentException("a previous hash is 64 lower-case hexadecimal characters: " + previousHash);
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static boolean isHash(String text) {
        return text != null && HEX.matcher(text).matches();
    }
}

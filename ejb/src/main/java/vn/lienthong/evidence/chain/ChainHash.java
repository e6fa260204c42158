package vn.lienthong.evidence.chain;

import vn.lienthong.platform.crypto.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The link hash, written in lower-case hexadecimal; the first entry's previous hash is {@link #GENESIS}.
 * Changing any entry changes its hash and so every hash after it. The formula follows the entry's
 * version ({@link CanonicalEntry#version}):
 * <ul>
 * <li>version 1: SHA-256(previous hash as 64 hexadecimal ASCII characters ‖ canonical form in UTF-8);</li>
 * <li>version 2: SHA-256(previous hash ‖ {@link #fieldsDigest}), the entry's digest again as 64
 * hexadecimal characters. An evidence bundle can then prove that a document's entries are in the
 * chain while showing only the digests of the other agencies' entries between them: the link needs
 * the digest, not the text.</li>
 * </ul>
 */
public final class ChainHash {

    /** The previous hash of entry 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private ChainHash() {
    }

    /** The hash of the entry with this canonical form after {@code previousHash}, by the formula of its version. */
    public static String of(String previousHash, String canonical) {
        requireHash(previousHash, "a previous hash");
        if (CanonicalEntry.version(canonical) >= 2) {
            return ofDigest(previousHash, fieldsDigest(canonical));
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A version 2 entry's hash from its fields' digest alone: what a bundle's proof recomputes for entries it does not show. */
    public static String ofDigest(String previousHash, String fieldsDigest) {
        requireHash(previousHash, "a previous hash");
        requireHash(fieldsDigest, "a fields digest");
        MessageDigest digest = Sha256.newDigest();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(fieldsDigest.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of the canonical form (UTF-8), in lower-case hexadecimal: {@code printf '%s' "$CANONICAL" | sha256sum}. */
    public static String fieldsDigest(String canonical) {
        return HexFormat.of().formatHex(Sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static void requireHash(String text, String what) {
        if (text == null || !HEX.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " is 64 lower-case hexadecimal characters: " + text);
        }
    }

    public static boolean isHash(String text) {
        return text != null && HEX.matcher(text).matches();
    }
}

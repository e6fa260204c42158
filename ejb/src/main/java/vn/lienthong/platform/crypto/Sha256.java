package vn.lienthong.platform.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest the hub computes (package digests, certificate fingerprints, timestamp
 * imprints, key ids). Every Java runtime has it, so its absence is a broken runtime, not a case to handle.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for content that arrives in pieces. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** The digest in lower-case hexadecimal, as the hub stores and shows it. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }
}

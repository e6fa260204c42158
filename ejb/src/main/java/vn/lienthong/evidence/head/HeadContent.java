package vn.lienthong.evidence.head;

import vn.lienthong.evidence.chain.CanonicalEntry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The bytes the hub key signs for a chain head: {@code {"v":1,"seq":N,"hash":"…","signedAt":"…"}},
 * in the canonical entry's style. A verifier rebuilds them from the signed head's columns and
 * compares them with the content inside the signature.
 */
public final class HeadContent {

    private HeadContent() {
    }

    public static byte[] of(long sequence, String hash, Instant signedAt) {
        return ("{\"v\":1,\"seq\":" + sequence + ",\"hash\":\"" + hash + "\",\"signedAt\":\"" + CanonicalEntry.time(signedAt) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

package vn.lienthong.evidence.head;

import java.time.Instant;

/** A signed head as stored: what it claims (sequence, hash, time) and the signature that says so. */
public record SignedHeadView(long id, long sequence, String hash, Instant signedAt, byte[] cms, boolean timestamped) {
}

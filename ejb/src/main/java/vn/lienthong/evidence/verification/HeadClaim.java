package vn.lienthong.evidence.verification;

import java.time.Instant;
import java.util.Optional;

/**
 * A signed head as the verifier sees it: what it claims, and what checking its signature found
 * ({@code signatureProblem} empty when the hub key signed exactly this claim).
 */
public record HeadClaim(long id, long sequence, String hash, Instant signedAt, boolean timestamped,
                        Optional<Instant> timestampTime, Optional<String> signatureProblem) {
}

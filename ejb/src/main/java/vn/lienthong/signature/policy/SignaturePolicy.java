package vn.lienthong.signature.policy;

import vn.lienthong.signature.revocation.RevocationFailure;

import java.util.Objects;

/**
 * The signature rules for one sending agency: whether unsigned packages are accepted, whether
 * SHA-1 (still seen in real packages) is, and what an unanswered revocation check means.
 */
public record SignaturePolicy(PolicyMode mode, boolean acceptSha1, RevocationFailure revocationFailure) {

    public SignaturePolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(revocationFailure, "revocationFailure");
    }
}

package vn.lienthong.signature.verification;

import java.util.Objects;
import java.util.Optional;

/**
 * The one verdict the hub gives a package's signature: the outcome, the check that failed or
 * could not be completed (none for VALID and UNSIGNED), a reason in English and Vietnamese, and
 * who signed with which algorithm when that is known.
 */
public record SignatureVerdict(SignatureOutcome outcome, SignatureCheck check, String reasonEn, String reasonVi,
                               Signer signer) {

    /** The signing certificate as the verdict names it. */
    public record Signer(String subject, String issuer, String fingerprint, String algorithm) {
        public Signer {
            Objects.requireNonNull(subject);
            Objects.requireNonNull(fingerprint);
        }
    }

    public SignatureVerdict {
        Objects.requireNonNull(outcome);
        boolean needsCheck = outcome == SignatureOutcome.INVALID || outcome == SignatureOutcome.INDETERMINATE;
        if (needsCheck != (check != null)) {
            throw new IllegalArgumentException(outcome + " verdicts " + (needsCheck ? "need" : "have no") + " failed check");
        }
        if (needsCheck && (reasonEn == null || reasonVi == null)) {
            throw new IllegalArgumentException(outcome + " verdicts need a reason");
        }
    }

    public static SignatureVerdict valid(Signer signer) {
        return new SignatureVerdict(SignatureOutcome.VALID, null, null, null, Objects.requireNonNull(signer));
    }

    /** A package the hub originated and signed itself ({@link SignatureOutcome#HUB_SIGNED}). */
    public static SignatureVerdict hubSigned(Signer hub) {
        return new SignatureVerdict(SignatureOutcome.HUB_SIGNED, null, null, null, Objects.requireNonNull(hub));
    }

    public static SignatureVerdict unsigned() {
        return new SignatureVerdict(SignatureOutcome.UNSIGNED, null, null, null, null);
    }

    public static SignatureVerdict invalid(SignatureCheck check, String reasonEn, String reasonVi, Signer signer) {
        return new SignatureVerdict(SignatureOutcome.INVALID, check, reasonEn, reasonVi, signer);
    }

    public static SignatureVerdict indeterminate(SignatureCheck check, String reasonEn, String reasonVi, Signer signer) {
        return new SignatureVerdict(SignatureOutcome.INDETERMINATE, check, reasonEn, reasonVi, signer);
    }

    public Optional<Signer> signerInfo() {
        return Optional.ofNullable(signer);
    }

    /** The same verdict about another signer (once the certificate is known). */
    SignatureVerdict withSigner(Signer other) {
        return new SignatureVerdict(outcome, check, reasonEn, reasonVi, other);
    }
}

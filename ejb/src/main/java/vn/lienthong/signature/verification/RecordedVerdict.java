package vn.lienthong.signature.verification;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * The columns of a stored signature verdict, the same for a document's (table signature_verdict)
 * and a status's (table status_signature_verdict).
 */
@MappedSuperclass
public abstract class RecordedVerdict {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private SignatureOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_check", length = 40)
    private SignatureCheck failedCheck;

    @Column(name = "reason_en", length = 1000)
    private String reasonEn;

    @Column(name = "reason_vi", length = 1000)
    private String reasonVi;

    @Column(name = "signer_subject", length = 1000)
    private String signerSubject;

    @Column(name = "signer_issuer", length = 1000)
    private String signerIssuer;

    @Column(name = "signer_fingerprint", length = 64)
    private String signerFingerprint;

    @Column(name = "algorithm", length = 40)
    private String algorithm;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected RecordedVerdict() {
    }

    protected RecordedVerdict(SignatureVerdict verdict, Instant checkedAt) {
        this.outcome = verdict.outcome();
        this.failedCheck = verdict.check();
        this.reasonEn = clip(verdict.reasonEn());
        this.reasonVi = clip(verdict.reasonVi());
        verdict.signerInfo().ifPresent(s -> {
            this.signerSubject = clip(s.subject());
            this.signerIssuer = clip(s.issuer());
            this.signerFingerprint = s.fingerprint();
            this.algorithm = s.algorithm();
        });
        this.checkedAt = checkedAt;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public SignatureVerdict verdict() {
        SignatureVerdict.Signer signer = signerFingerprint == null ? null
                : new SignatureVerdict.Signer(signerSubject, signerIssuer, signerFingerprint, algorithm);
        return new SignatureVerdict(outcome, failedCheck, reasonEn, reasonVi, signer);
    }
}

package vn.lienthong.signature.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.signature.revocation.RevocationFailure;

import java.time.Instant;
import java.util.Optional;

/** An agency's own signature policy, set by an administrator (table signature_policy). */
@Entity
@Table(name = "signature_policy")
public class AgencySignaturePolicy {

    @Id
    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_mode", nullable = false, length = 20)
    private PolicyMode mode;

    @Column(name = "accept_sha1", nullable = false)
    private boolean acceptSha1;

    /** Null: the server's default (lienthong.signature.revocation-failure). */
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_failure", length = 10)
    private RevocationFailure revocationFailure;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected AgencySignaturePolicy() {
    }

    AgencySignaturePolicy(AgencyCode agency) {
        this.agencyCode = agency.value();
    }

    void set(PolicyMode mode, boolean acceptSha1, RevocationFailure revocationFailure, Instant at, String by) {
        this.mode = mode;
        this.acceptSha1 = acceptSha1;
        this.revocationFailure = revocationFailure;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public AgencyCode agency() {
        return AgencyCode.of(agencyCode);
    }

    PolicyMode mode() {
        return mode;
    }

    boolean acceptSha1() {
        return acceptSha1;
    }

    Optional<RevocationFailure> revocationFailure() {
        return Optional.ofNullable(revocationFailure);
    }
}

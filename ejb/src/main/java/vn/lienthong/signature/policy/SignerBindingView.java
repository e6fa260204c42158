package vn.lienthong.signature.policy;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/** A signer an administrator bound to an agency, as the administration API shows it. */
public record SignerBindingView(String id, AgencyCode agency, SignerBinding.Kind kind, String matchValue, String description,
                                Instant registeredAt, String registeredBy) {

    static SignerBindingView of(SignerBinding b) {
        return new SignerBindingView(b.id(), b.agency(), b.kind(), b.matchValue(), b.description(), b.registeredAt(),
                b.registeredBy());
    }
}

package vn.lienthong.procedure.dossier;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changes a dossier, for which agency, and when: what its log line says of the change. The
 * actor is the officer the agency names, or else the signed-in principal.
 */
public record Acting(String actor, AgencyCode agency, Instant at) {

    public Acting {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(at, "at");
    }
}

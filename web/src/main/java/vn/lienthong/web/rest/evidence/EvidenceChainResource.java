package vn.lienthong.web.rest.evidence;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.lienthong.directory.credential.Caller;
import vn.lienthong.evidence.verification.EvidenceVerification;
import vn.lienthong.web.rest.Callers;
import vn.lienthong.web.security.HubAuthenticationMechanism;

/**
 * Walks the tamper-evident message log and its signed heads and answers what it found:
 * {@code GET /api/v1/admin/evidence/chain} (role administrator in web.xml; EvidenceVerification checks
 * again). 200 whether or not the chain is intact: a broken chain is the answer, not an error.
 */
@Path("v1/admin/evidence/chain")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceChainResource {

    @EJB
    EvidenceVerification verification;

    @GET
    public ChainReportJson verify(@Context SecurityContext security) {
        return ChainReportJson.of(verification.verify(caller(security)));
    }

    private static Caller caller(SecurityContext security) {
        if (security.isUserInRole(HubAuthenticationMechanism.ADMINISTRATOR_ROLE)) {
            return Caller.administrator(security.getUserPrincipal().getName());
        }
        return Caller.agency(Callers.agency(security));
    }
}

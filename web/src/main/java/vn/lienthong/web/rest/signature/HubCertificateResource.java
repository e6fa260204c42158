package vn.lienthong.web.rest.signature;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import vn.lienthong.signature.hubkey.HubSigning;

/** The certificate of the hub's signing key, for checking receipts and signed directory answers. */
@Path("v1/hub/certificate")
public class HubCertificateResource {

    @EJB
    HubSigning hub;

    @GET
    @Produces("application/x-pem-file")
    public String pem() {
        return hub.certificatePem();
    }
}

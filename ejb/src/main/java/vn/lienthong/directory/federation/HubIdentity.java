package vn.lienthong.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.agency.AgencyCode;

/**
 * This instance's hub code ({@code lienthong.hub.code}, docs/edxml.md): the {@code OrganId} of the
 * trace hop it appends, the account its peers know it by, and what tells two instances of one
 * federation apart. Read here once, for every capability that names the hub.
 */
@ApplicationScoped
public class HubIdentity {

    @Inject
    @ConfigProperty(name = "lienthong.hub.code", defaultValue = "000.00.90.G22")
    String hubCode;

    public AgencyCode code() {
        return AgencyCode.of(hubCode);
    }
}

package vn.lienthong.web.soap;

import jakarta.xml.ws.WebServiceContext;
import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.web.security.HubAuthenticationMechanism;
import vn.lienthong.web.soap.v1.HubFault;

import java.security.Principal;

/** The agency a SOAP request comes from, as the authentication mechanism established it. */
public final class SoapCallers {

    private SoapCallers() {
    }

    /**
     * web.xml lets only agencies reach the exchange endpoint; the check here keeps an
     * administrator (or a future mapping mistake) from acting as an agency named like its account.
     */
    public static AgencyCode agency(WebServiceContext context) throws HubFault {
        Principal principal = context.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No authenticated caller on a protected SOAP endpoint");
        }
        if (!context.isUserInRole(HubAuthenticationMechanism.AGENCY_ROLE)) {
            throw SoapFaults.of("FORBIDDEN", "Only agencies exchange documents",
                    "Chỉ cơ quan, đơn vị mới gửi nhận văn bản", null);
        }
        return SoapFaults.answer(() -> AgencyCode.of(principal.getName()));
    }
}

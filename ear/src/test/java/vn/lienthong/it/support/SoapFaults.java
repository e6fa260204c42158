package vn.lienthong.it.support;

import jakarta.xml.ws.WebServiceException;
import vn.lienthong.it.soap.v1.HubFault;
import vn.lienthong.it.soap.v1.HubFaultDetail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refused SOAP call answered: the fault detail, or the HTTP refusal before any SOAP processing. */
public final class SoapFaults {

    /** A SOAP operation as a test calls it. */
    @FunctionalInterface
    public interface Call {
        Object run() throws HubFault;
    }

    private static final Pattern HTTP_STATUS = Pattern.compile("status code (\\d{3})");

    private SoapFaults() {
    }

    /** The detail of the fault the call must answer; fails the test if it succeeds. */
    public static HubFaultDetail faultOf(Call call) {
        try {
            Object answer = call.run();
            throw new AssertionError("Expected a hubFault, the call answered " + answer);
        } catch (HubFault fault) {
            HubFaultDetail detail = fault.getFaultInfo();
            assertThat(detail).as("fault detail").isNotNull();
            assertThat(detail.getTitle()).as("English title").isNotBlank();
            assertThat(detail.getTitleVi()).as("Vietnamese title").isNotBlank();
            assertThat(detail.getDetail()).as("English detail").isNotBlank();
            assertThat(detail.getDetailVi()).as("Vietnamese detail").isNotBlank();
            return detail;
        }
    }

    /** The HTTP status with which the server refused the call before it reached the endpoint. */
    public static int httpRefusalOf(Call call) {
        try {
            Object answer = call.run();
            throw new AssertionError("Expected an HTTP refusal, the call answered " + answer);
        } catch (HubFault fault) {
            throw new AssertionError("Expected an HTTP refusal, got fault " + fault.getFaultInfo().getCode(), fault);
        } catch (WebServiceException e) {
            return httpStatus(e);
        }
    }

    /** The HTTP status in the JAX-WS reference implementation's transport exception ("...status code 401..."). */
    public static int httpStatus(WebServiceException e) {
        Matcher m = HTTP_STATUS.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            throw new AssertionError("Not an HTTP refusal: " + e, e);
        }
        return Integer.parseInt(m.group(1));
    }
}

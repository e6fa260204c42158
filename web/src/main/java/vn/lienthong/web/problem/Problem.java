package vn.lienthong.web.problem;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem document. {@code code} is the stable machine-readable reason clients switch
 * on; {@code title}/{@code detail} are English, {@code title_vi}/{@code detail_vi} Vietnamese;
 * {@code element} names the package element or request field at fault, when there is one.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "element", "instance", "title_vi", "detail_vi"})
public record Problem(String type, String title, int status, String detail, String code, String element,
                      String instance,
                      @JsonbProperty("title_vi") String titleVi,
                      @JsonbProperty("detail_vi") String detailVi) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeOf(String code) {
        return "urn:lienthong:problem:" + code;
    }
}

package vn.lienthong.client.edxml;

/** A {@code From} or {@code To}: the agency's code and, optionally, its name (tên cơ quan). */
public record Organization(String code, String name) {

    public Organization {
        code = AgencyCode.check(code);
        if (name != null && name.isBlank()) {
            name = null;
        }
    }

    void write(CanonicalXml w, String element) throws java.io.IOException {
        w.open(element);
        w.leaf("OrganId", code);
        w.leaf("OrganName", name);
        w.close(element);
    }
}

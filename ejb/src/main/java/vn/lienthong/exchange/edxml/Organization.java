package vn.lienthong.exchange.edxml;

/**
 * A {@code From} or {@code To} of a package (or the {@code From} of a status): the agency code
 * as written ({@code OrganId}) and the contact details the sender gave. Absent elements are null.
 */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {

    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}

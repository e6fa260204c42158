package vn.lienthong.reporting.regime;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.Optional;

/** Who receives a reporter's report: its parent in the directory when the period opens, or a named agency. */
public record RecipientRule(Optional<AgencyCode> agency) {

    public static final RecipientRule PARENT = new RecipientRule(Optional.empty());

    public RecipientRule {
        agency = agency == null ? Optional.empty() : agency;
    }

    public static RecipientRule of(AgencyCode agency) {
        return new RecipientRule(Optional.of(agency));
    }

    public boolean parent() {
        return agency.isEmpty();
    }

    /** As the JSON form writes it: {@code PARENT} or the agency code. */
    public String text() {
        return agency.map(AgencyCode::value).orElse("PARENT");
    }
}

package vn.lienthong.directory.agency;

/**
 * Which instance serves an agency (docs/federation.md): {@code servedBy} is the peer hub through
 * which it is reached, null when this instance serves it itself.
 */
public record ServingHubView(AgencyCode agency, AgencyCode servedBy) {

    public static ServingHubView of(Agency a) {
        return new ServingHubView(a.code(), a.servedBy().orElse(null));
    }
}

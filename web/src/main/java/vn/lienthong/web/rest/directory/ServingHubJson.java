package vn.lienthong.web.rest.directory;

import vn.lienthong.directory.agency.ServingHubView;

/**
 * Which instance serves an agency (docs/federation.md): as a request, {@code hub} names the peer
 * hub through which the agency is reached; as an answer, {@code servedBy} is that hub, absent when
 * this instance serves the agency itself.
 */
public record ServingHubJson(String agency, String hub, String servedBy) {

    static ServingHubJson of(ServingHubView v) {
        return new ServingHubJson(v.agency().value(), null, v.servedBy() == null ? null : v.servedBy().value());
    }
}

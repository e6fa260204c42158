package vn.lienthong.exchange.submission;

import vn.lienthong.directory.agency.AgencyCode;

/**
 * A recipient the sender addressed by a retired code, and the agency that took over its work and
 * received the document instead (docs/api.md, "Reorganisations").
 */
public record Reroute(AgencyCode addressed, AgencyCode deliveredTo) {
}

package vn.lienthong.reporting.obligation;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/**
 * An obligation the opening of a period gives rise to: who reports to whom, by when.
 *
 * @param path the chain of recipients above the reporter, top first: {@code /000.00.00.G22/000.00.00.H20/}
 */
public record PlannedObligation(AgencyCode agency, AgencyCode recipient, int level, Instant dueAt, String path) {
}

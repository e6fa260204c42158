package vn.lienthong.directory.change;

import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

/**
 * One directory change with the agency's state after it, as clients read it to keep their copy
 * ({@code parent}, {@code successor} and {@code reason} null when there is none).
 */
public record DirectoryEventView(long seq, DirectoryChangeKind kind, AgencyCode agency, String name, AgencyCode parent,
                                 int level, boolean active, AgencyCode successor, Instant occurredAt, String reason) {

    static DirectoryEventView of(DirectoryEvent e) {
        return new DirectoryEventView(e.seq(), e.kind(), e.agency(), e.name(), e.parent().orElse(null), e.level(),
                e.active(), e.successor().orElse(null), e.occurredAt(), e.reason().orElse(null));
    }
}

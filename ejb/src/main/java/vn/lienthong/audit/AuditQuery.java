package vn.lienthong.audit;

import vn.lienthong.platform.InvalidRequestException;
import vn.lienthong.platform.paging.PageRequest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries an administrator asks for: recorded from {@code from} (inclusive) to {@code to}
 * (exclusive), by one actor, of one action code, on one target (exact matches), a page at a time,
 * newest first. Every filter is optional.
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> actor, Optional<AuditAction> action,
                         Optional<String> target, PageRequest page) {

    public AuditQuery {
        Objects.requireNonNull(page, "page");
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        actor = blankless(actor);
        action = Objects.requireNonNullElse(action, Optional.empty());
        target = blankless(target);
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidRequestException("to", "to must be after from", "to phải sau from");
        }
    }

    /** Everything, first page. */
    public static AuditQuery all(PageRequest page) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), page);
    }

    /** The same query, for another page. */
    public AuditQuery page(PageRequest other) {
        return new AuditQuery(from, to, actor, action, target, other);
    }

    private static Optional<String> blankless(Optional<String> value) {
        return Objects.requireNonNullElse(value, Optional.<String>empty()).map(String::strip).filter(v -> !v.isEmpty());
    }
}

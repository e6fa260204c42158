package vn.lienthong.directory.agency;

import java.time.Instant;

/**
 * An agency as the directory shows it: code, canonical name, parent, level, whether it is active,
 * and for a retired one when it retired and which agency took over its work ({@code parent},
 * {@code successor} and {@code retiredAt} null when there is none).
 */
public record AgencyView(AgencyCode code, String name, AgencyCode parent, int level, boolean active, Instant updatedAt,
                         AgencyCode successor, Instant retiredAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.code(), a.name(), a.parent().orElse(null), a.level(), a.isActive(), a.updatedAt(),
                a.successor().orElse(null), a.retiredAt().orElse(null));
    }
}

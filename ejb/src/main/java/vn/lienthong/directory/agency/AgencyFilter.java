package vn.lienthong.directory.agency;

import vn.lienthong.platform.InvalidRequestException;

import java.util.Optional;

/** Which agencies a directory listing shows: children of one parent, one level, active only. */
public record AgencyFilter(Optional<AgencyCode> parent, Optional<Integer> level, boolean activeOnly) {

    public AgencyFilter {
        if (level.isPresent() && (level.get() < 1 || level.get() > 4)) {
            throw new InvalidRequestException("level", "level must be between 1 and 4", "level phải từ 1 đến 4");
        }
    }

    public static AgencyFilter all() {
        return new AgencyFilter(Optional.empty(), Optional.empty(), false);
    }
}

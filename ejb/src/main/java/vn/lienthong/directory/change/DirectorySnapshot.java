package vn.lienthong.directory.change;

import vn.lienthong.directory.agency.AgencyView;

import java.time.Instant;
import java.util.List;

/** Every agency, active or retired, exactly as of event {@code cursor}: continue with changes since it. */
public record DirectorySnapshot(long cursor, Instant takenAt, List<AgencyView> agencies) {

    public DirectorySnapshot {
        agencies = List.copyOf(agencies);
    }
}

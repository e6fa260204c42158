package vn.lienthong.reporting.regime;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.reporting.InvalidRegimeException;
import vn.lienthong.reporting.period.DeadlineRule;

import java.util.Objects;
import java.util.Optional;

/**
 * Who reports (every active agency of a level within the regime's scope, or one named agency), to
 * whom, and by when. Decree 09 Art 8.5b: a multi-level regime states a deadline per level and per
 * reporter; a named agency's rule takes precedence over its level's.
 */
public record ReporterRule(Optional<Integer> level, Optional<AgencyCode> agency, RecipientRule recipient,
                           DeadlineRule deadline) {

    public ReporterRule {
        level = level == null ? Optional.empty() : level;
        agency = agency == null ? Optional.empty() : agency;
        if (level.isPresent() == agency.isPresent()) {
            throw new InvalidRegimeException(null, "A reporter entry names either a level or an agency",
                    "Mỗi mục đơn vị báo cáo ghi hoặc cấp (level) hoặc cơ quan (agency)");
        }
        if (level.isPresent() && (level.get() < 1 || level.get() > 4)) {
            throw new InvalidRegimeException("level", "Levels run from 1 (ministry, province) to 4, not " + level.get(),
                    "Cấp từ 1 (bộ, tỉnh) đến 4, không phải " + level.get());
        }
        recipient = recipient == null ? RecipientRule.PARENT : recipient;
        if (level.isPresent() && level.get() == 1 && recipient.parent()) {
            throw new InvalidRegimeException("recipient", "Level 1 agencies have no parent: name the agency that receives their reports",
                    "Cơ quan cấp 1 không có cơ quan cấp trên: cần ghi cơ quan nhận báo cáo");
        }
        if (agency.isPresent() && recipient.agency().map(agency.get()::equals).orElse(false)) {
            throw new InvalidRegimeException("recipient", "An agency does not report to itself", "Cơ quan không tự báo cáo cho chính mình");
        }
        Objects.requireNonNull(deadline, "deadline");
    }

    public static ReporterRule ofLevel(int level, RecipientRule recipient, DeadlineRule deadline) {
        return new ReporterRule(Optional.of(level), Optional.empty(), recipient, deadline);
    }

    public static ReporterRule ofAgency(AgencyCode agency, RecipientRule recipient, DeadlineRule deadline) {
        return new ReporterRule(Optional.empty(), Optional.of(agency), recipient, deadline);
    }
}

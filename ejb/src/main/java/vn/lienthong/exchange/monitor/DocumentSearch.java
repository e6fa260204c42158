package vn.lienthong.exchange.monitor;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.delivery.DeliveryState;
import vn.lienthong.platform.InvalidRequestException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the message monitor looks for: documents accepted between two days (hub time zone, both
 * included), optionally with a code (the hub's id, the edXML id or the notation, e.g. 12/QĐ-UBND),
 * a number (số), an agency that sent or received them, and a recipient's delivery state.
 */
public record DocumentSearch(Optional<String> code, Optional<String> number, Optional<AgencyCode> agency,
                             LocalDate from, LocalDate to, Optional<DeliveryState> state) {

    /** A wider search is a report (reporting's axis statistics), not a look-up. */
    public static final int MAX_DAYS = 92;

    public DocumentSearch {
        code = code.map(String::strip).filter(c -> !c.isEmpty());
        number = number.map(String::strip).filter(n -> !n.isEmpty());
        if (from == null || to == null) {
            throw new InvalidRequestException("from", "both days of the search are needed", "cần cả ngày bắt đầu và ngày kết thúc");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "the last day comes before the first", "ngày kết thúc trước ngày bắt đầu");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequestException("from", "search at most " + MAX_DAYS + " days at once",
                    "mỗi lần chỉ tìm trong tối đa " + MAX_DAYS + " ngày");
        }
    }
}

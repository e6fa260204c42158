package vn.lienthong.exchange.edxml;

import java.time.LocalDateTime;

/** One hop a package passed through: the agency (or hub) and its local time in Vietnam. */
public record TraceHeader(String organId, LocalDateTime timestamp) {
}

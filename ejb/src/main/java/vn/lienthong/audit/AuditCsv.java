package vn.lienthong.audit;

import vn.lienthong.platform.time.HubClock;

import java.util.List;

/**
 * The audit log as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one entry per line under a header line. Times carry Vietnam's offset, as in the JSON export.
 */
final class AuditCsv {

    static final String HEADER = "id,at,actor,action,target,before,after";

    private AuditCsv() {
    }

    static String of(List<AuditEntryView> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntryView e : entries) {
            csv.append(e.id()).append(',').append(HubClock.local(e.at())).append(',').append(field(e.actor())).append(',')
                    .append(field(e.action())).append(',').append(field(e.target())).append(',')
                    .append(field(e.before())).append(',').append(field(e.after())).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would be run as a formula by a spreadsheet opening the export.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}

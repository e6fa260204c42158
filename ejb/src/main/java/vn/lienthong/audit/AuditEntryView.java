package vn.lienthong.audit;

import java.time.Instant;

/**
 * One entry of the audit log as administrators read it: {@code before} and {@code after} are JSON
 * text (null where there was nothing before, e.g. an agency added, or nothing after).
 */
public record AuditEntryView(long id, Instant at, String actor, String action, String target, String before, String after) {
}

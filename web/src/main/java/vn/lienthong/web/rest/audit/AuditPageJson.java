package vn.lienthong.web.rest.audit;

import java.util.List;

/** One page of the audit log, newest first, with the total of the entries matching the filters. */
public record AuditPageJson(List<AuditEntryJson> items, int page, int size, long total) {
}

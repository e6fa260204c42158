package vn.lienthong.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.lienthong.platform.paging.Page;

/**
 * Administrators read the audit log: one page of entries matching a query, newest first. The REST
 * export ({@code GET /api/v1/admin/audit}) and the console call this; both are for administrators
 * only (web.xml and the console's constraint).
 */
@Stateless
public class AuditService {

    @Inject
    AuditRepository entries;

    public Page<AuditEntryView> search(AuditQuery query) {
        return entries.search(query).map(AuditEntry::view);
    }

    /** The same page as CSV text (header line first), for spreadsheets and archives. */
    public String csv(AuditQuery query) {
        return AuditCsv.of(search(query).items());
    }
}

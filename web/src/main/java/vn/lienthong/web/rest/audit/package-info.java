/** The audit log's export for administrators: {@code GET /api/v1/admin/audit}, JSON or CSV. */
package vn.lienthong.web.rest.audit;

/** The console's audit log (nhật ký quản trị): administrative actions searched, read field by field and downloaded as CSV. */
package vn.lienthong.web.console.audit;

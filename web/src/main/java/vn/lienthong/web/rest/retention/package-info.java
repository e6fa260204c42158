/**
 * The administration of retention over REST ({@code /api/v1/admin/retention}): rules per category, legal
 * holds, the retention job's runs. Translation only; RetentionService checks the caller.
 */
package vn.lienthong.web.rest.retention;

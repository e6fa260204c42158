/**
 * The administration of alerts over REST ({@code /api/v1/admin/alerts}): rules, active alerts, history.
 * Translation only; AlertService checks the caller.
 */
package vn.lienthong.web.rest.alert;

/**
 * Opened periods and the obligations they give rise to: for each period the hub derives who owes
 * which report to whom by when, follows each obligation (pending, overdue, on time, late, closed by
 * its recipient, reopened) and counts reporting rates per unit, level and period.
 */
package vn.lienthong.reporting.obligation;

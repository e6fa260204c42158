/**
 * The reporting capability's durable events (table reporting_event): periods opened, reminders
 * before a deadline, overdue and late reports, submissions and corrections, closures and
 * reopenings. Each is one row written in the transaction of what it reports; agencies read their
 * own over REST, and the console and alerts of later issues will read them from here.
 */
package vn.lienthong.reporting.event;

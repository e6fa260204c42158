/**
 * The periodic one-stop report (báo cáo tình hình giải quyết hồ sơ): counts per agency or procedure
 * over a reporting period and the on-time rate. One aggregate query per report; the rules of
 * "on time" are PROCEDURES.md's.
 */
package vn.lienthong.procedure.statistics;

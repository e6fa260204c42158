/**
 * The time rules of reporting, pure Java: report frequencies, the period keys agencies write
 * ({@code 2026-11}, {@code 2026-Q4}), each period's data window (thời gian chốt số liệu, Decree 09
 * Art 12) and the deadlines counted from its cut-off on a working calendar (Art 8.5, 13).
 */
package vn.lienthong.reporting.period;

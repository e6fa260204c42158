/**
 * The hub's clock and time types: the clock in Vietnam's zone, instants stored as UTC columns, and
 * the one way the operator writes durations ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}) and
 * backoff schedules ({@code 10s,30s,2m}). Server variables with a duration are all read here.
 */
package vn.lienthong.platform.time;

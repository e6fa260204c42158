/**
 * Report regimes (chế độ báo cáo) as data: what a regime asks (indicators with their types, units,
 * ranges and aggregation rules; rules across indicators), who reports to whom and by when, how
 * often; versions that apply from a period on; the one JSON form they are defined and exchanged in.
 */
package vn.lienthong.reporting.regime;

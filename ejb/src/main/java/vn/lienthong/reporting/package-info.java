/**
 * National reporting (Decree 09/2019/NĐ-CP): periodic report regimes as versioned data, the periods
 * and obligations they give rise to, agencies' submissions over REST, SOAP and the axis, their
 * aggregation up the agency hierarchy, indicators the hub computes from what it holds, exports and
 * exchange with other reporting systems (docs/reporting.md). It stands on the directory, the
 * signature capability, the working-time calendar and the exchange; none of those knows about it.
 */
package vn.lienthong.reporting;

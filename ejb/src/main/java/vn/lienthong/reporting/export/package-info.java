/**
 * Exports of aggregated reports in the regime's layout: XLSX (Apache POI) with the total, each unit
 * and each reporter, who has not submitted and the rules the total breaks; and CSV of the same
 * figures, one cell per line, for other software.
 */
package vn.lienthong.reporting.export;

/**
 * The figures of one report, or of an aggregate, as cells (indicator, table row, table column)
 * holding a number or a text; pure Java, shared by validation, aggregation, export and interchange.
 */
package vn.lienthong.reporting.value;

/**
 * Submissions (nộp báo cáo): an agency's figures for one obligation, over REST, SOAP, the axis (a
 * report attachment in a document package) or the interchange; checked against the regime version
 * (every required indicator, types, units, ranges, table shapes, rules), kept with every earlier
 * submission (who, when, why), and answered with a receipt the hub signs.
 */
package vn.lienthong.reporting.submission;

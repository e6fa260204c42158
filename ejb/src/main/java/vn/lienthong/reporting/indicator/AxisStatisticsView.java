package vn.lienthong.reporting.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The axis statistics of an agency and everything below it over a span of days (the signature
 * statistics extended with periods, received documents and hierarchy totals): each agency's own
 * figures and its subtree's total, and totals per level of the directory.
 */
public record AxisStatisticsView(String agency, LocalDate from, LocalDate to, AxisFigures total, Map<Integer, AxisFigures> byLevel,
                                 List<Row> agencies) {

    /** One agency: its own figures and those of it and its units together. */
    public record Row(String agency, String name, int level, String parent, AxisFigures own, AxisFigures subtree) {
    }
}

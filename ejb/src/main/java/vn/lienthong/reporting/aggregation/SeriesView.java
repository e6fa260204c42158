package vn.lienthong.reporting.aggregation;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * An agency's aggregate over consecutive periods, each period also counting the agencies merged
 * into it (so a series continues across a merger), and the whole span combined by each
 * indicator's rule (sums add up, LATEST takes the last period).
 */
public record SeriesView(String regime, String agency, String name, List<String> mergedFrom, List<PeriodFigures> periods,
                         JsonObject total) {

    public record PeriodFigures(String period, int regimeVersion, JsonObject values, AggregateView.RateView rates) {
    }
}

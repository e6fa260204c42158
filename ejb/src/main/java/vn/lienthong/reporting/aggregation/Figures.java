package vn.lienthong.reporting.aggregation;

import vn.lienthong.reporting.regime.AggregationKind;
import vn.lienthong.reporting.regime.Indicator;
import vn.lienthong.reporting.regime.IndicatorType;
import vn.lienthong.reporting.regime.RegimeDefinition;
import vn.lienthong.reporting.value.Cell;
import vn.lienthong.reporting.value.ReportData;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The combinable figures of a set of reporters under one regime version: an accumulator per
 * aggregated cell. Texts, list tables, percentage and text columns and NONE indicators are never
 * combined; they stay with each reporter.
 */
public final class Figures {

    private final RegimeDefinition regime;
    /** The regime's indicators by code, shared by all the figures of one aggregation (looked up per cell). */
    private final Map<String, Indicator> indicators;
    private final Map<Cell, Accumulator> cells = new TreeMap<>();
    private long reporters;

    public Figures(RegimeDefinition regime) {
        this(regime, regime.indicatorsByCode());
    }

    Figures(RegimeDefinition regime, Map<String, Indicator> indicators) {
        this.regime = regime;
        this.indicators = indicators;
    }

    /** One reporter's own figures. */
    public static Figures of(RegimeDefinition regime, ReportData own) {
        return of(regime, regime.indicatorsByCode(), own);
    }

    static Figures of(RegimeDefinition regime, Map<String, Indicator> indicators, ReportData own) {
        Figures f = new Figures(regime, indicators);
        f.reporters = 1;
        for (Map.Entry<Cell, BigDecimal> e : own.numbers().entrySet()) {
            Cell cell = e.getKey();
            Optional<Indicator> indicator = Optional.ofNullable(indicators.get(cell.indicator()));
            if (indicator.isEmpty() || !combines(indicator.get(), cell)) {
                continue;
            }
            Optional<BigDecimal> weight = indicator.get().weight().flatMap(w -> own.number(Cell.of(w)));
            if (indicator.get().aggregation() == AggregationKind.WEIGHTED_AVERAGE && weight.isEmpty()) {
                continue;
            }
            f.cells.computeIfAbsent(cell, c -> new Accumulator()).add(e.getValue(), weight);
        }
        return f;
    }

    static boolean combines(Indicator indicator, Cell cell) {
        if (!indicator.aggregated()) {
            return false;
        }
        if (indicator.type() != IndicatorType.TABLE) {
            return cell.scalar();
        }
        return indicator.table().filter(t -> !t.freeRows())
                .flatMap(t -> t.column(cell.column()))
                .map(c -> c.type() == IndicatorType.INTEGER || c.type() == IndicatorType.DECIMAL)
                .orElse(false);
    }

    /** Adds another set of reporters (a unit below, a merged predecessor). */
    public Figures add(Figures other) {
        other.cells.forEach((cell, acc) -> cells.computeIfAbsent(cell, c -> new Accumulator()).merge(acc));
        reporters += other.reporters;
        return this;
    }

    /**
     * Combines a later period's figures into these, over time: LATEST takes the later period's
     * figure, every other rule merges as across units.
     */
    public Figures followedBy(Figures later) {
        later.cells.forEach((cell, acc) -> {
            boolean latest = Optional.ofNullable(indicators.get(cell.indicator())).map(i -> i.aggregation() == AggregationKind.LATEST).orElse(false);
            if (latest) {
                cells.put(cell, acc.copy());
            } else {
                cells.computeIfAbsent(cell, c -> new Accumulator()).merge(acc);
            }
        });
        reporters = Math.max(reporters, later.reporters);
        return this;
    }

    /** How many reporters' figures are in. */
    public long reporters() {
        return reporters;
    }

    /** The combined figures, by each indicator's rule, rounded to its decimals. */
    public ReportData values() {
        ReportData.Builder out = ReportData.builder();
        cells.forEach((cell, acc) -> Optional.ofNullable(indicators.get(cell.indicator()))
                .flatMap(i -> acc.result(i.aggregation(), i.decimals()))
                .ifPresent(v -> out.number(cell, v)));
        return out.build();
    }
}

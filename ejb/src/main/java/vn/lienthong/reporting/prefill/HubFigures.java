package vn.lienthong.reporting.prefill;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.reporting.indicator.ComputedIndicators;
import vn.lienthong.reporting.obligation.Obligation;
import vn.lienthong.reporting.obligation.ReportPeriod;
import vn.lienthong.reporting.regime.IndicatorSource;
import vn.lienthong.reporting.regime.RegimeDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hub's figures for a reporter's computed indicators: the ones the pre-fill run fixed for the
 * obligation when there are, else computed now over the period's data window. Pre-fill, submission
 * checks and the pre-fill run all take them from here, so they agree.
 */
@ApplicationScoped
public class HubFigures {

    @EJB
    ComputedIndicators computed;

    @Inject
    PrefillRepository prefill;

    /** The figures and when they were computed; {@code frozen} when the pre-fill run fixed them. */
    public record Figures(Map<String, BigDecimal> byIndicator, Instant computedAt, boolean frozen) {
    }

    public Figures of(RegimeDefinition definition, Obligation obligation, ReportPeriod period, Instant now) {
        return prefill.frozen(obligation.id())
                .map(f -> new Figures(f.figures(), f.computedAt(), true))
                .orElseGet(() -> new Figures(live(definition, obligation, period), now, false));
    }

    /** The figures computed now, by indicator code (no entry for an indicator the hub cannot compute). */
    public Map<String, BigDecimal> live(RegimeDefinition definition, Obligation obligation, ReportPeriod period) {
        Map<IndicatorSource, String> codes = new LinkedHashMap<>();
        definition.indicators().forEach(i -> i.computed().ifPresent(s -> codes.put(s, i.code())));
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> figures = new HashMap<>();
        computed.figures(obligation.agency(), period.window(), codes.keySet()).forEach((source, value) -> figures.put(codes.get(source), value));
        return figures;
    }
}

package vn.lienthong.reporting.regime;

import vn.lienthong.reporting.Views;

import java.time.OffsetDateTime;

/** A regime in a list: what it is called, who issued it, how often, its latest version. */
public record RegimeSummaryView(String code, String name, String nameEn, String kind, String frequency, String issuer,
                                int currentVersion, OffsetDateTime updatedAt) {

    static RegimeSummaryView of(Regime regime, RegimeDefinition latest) {
        return new RegimeSummaryView(regime.code(), latest.name().vi(), latest.name().en(), latest.kind().name(),
                regime.frequency().name(), regime.issuer().value(), regime.currentVersion(), Views.local(regime.updatedAt()));
    }
}

package vn.lienthong.exchange.retention;

import org.junit.jupiter.api.Test;
import vn.lienthong.exchange.document.RetentionCategory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRulesTest {

    private final RuleSetting defaults = new RuleSetting(RetentionCategory.DEFAULT, 365, Disposal.ARCHIVE);
    private final RuleSetting legal = new RuleSetting(new RetentionCategory("1"), 3650, Disposal.ARCHIVE);
    private final RuleSetting decisions = new RuleSetting(new RetentionCategory("1.5"), 30, Disposal.PURGE);
    private final RetentionRules rules = RetentionRules.of(List.of(defaults, legal, decisions));

    @Test
    void theMostSpecificRuleDecides() {
        assertThat(rules.ruleFor(new RetentionCategory("1.5"))).contains(decisions);
        assertThat(rules.ruleFor(new RetentionCategory("1.7"))).contains(legal);
        assertThat(rules.ruleFor(new RetentionCategory("4"))).contains(defaults);
        assertThat(RetentionRules.of(List.of(legal)).ruleFor(new RetentionCategory("2"))).isEmpty();
    }

    @Test
    void aPackageIsDueOnceTheWholePeriodHasPassed() {
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(decisions.due(received, received.plus(Duration.ofDays(30)).minusMillis(1))).isFalse();
        assertThat(decisions.due(received, received.plus(Duration.ofDays(30)))).isTrue();
        assertThat(new RuleSetting(RetentionCategory.DEFAULT, 0, Disposal.PURGE).due(received, received)).isTrue();
    }

    @Test
    void noDocumentYoungerThanTheShortestPeriodCanBeDue() {
        assertThat(rules.shortestPeriodDays()).contains(30);
        assertThat(RetentionRules.of(List.of()).shortestPeriodDays()).isEmpty();
    }

    @Test
    void theRuleADocumentLeftUnderIsNamedInFull() {
        assertThat(decisions.describe()).isEqualTo("1.5 (30 days, PURGE)");
    }

    @Test
    void countsSurviveACheckpointAsText() {
        RetentionCounts counts = RetentionCounts.NONE.plus(DisposalOutcome.ARCHIVED).plus(DisposalOutcome.ARCHIVED)
                .plus(DisposalOutcome.PURGED).plus(DisposalOutcome.KEPT);
        assertThat(counts.toString()).isEqualTo("archived=2 purged=1 kept=1");
        assertThat(RetentionCounts.parse(counts.toString())).isEqualTo(counts);
        assertThat(RetentionCounts.parse(null)).isEqualTo(RetentionCounts.NONE);
    }
}

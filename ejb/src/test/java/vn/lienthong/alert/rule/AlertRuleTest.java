package vn.lienthong.alert.rule;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.InvalidRequestException;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertRuleTest {

    private final AlertRule rule = new AlertRule(AlertKind.FAILED_QUEUE_ITEMS, 0, true, Recipients.NONE);

    @Test
    void holdsOneActiveAlertAtATime() {
        assertThat(rule.raised(7)).isTrue();
        assertThat(rule.raised(8)).as("a second raise while one is active").isFalse();
        assertThat(rule.activeAlertId()).hasValue(7);
        assertThat(rule.cleared()).isTrue();
        assertThat(rule.cleared()).as("a second clear").isFalse();
        assertThat(rule.activeAlertId()).isEmpty();
    }

    @Test
    void aChangeTouchesOnlyWhatItNamesAndRecordsWhoMadeIt() {
        Instant at = Instant.parse("2026-12-06T01:00:00Z");
        rule.change(AlertKind.FAILED_QUEUE_ITEMS, new RuleChange(Optional.of(5L), Optional.empty(), Optional.empty()), "admin", at);
        assertThat(rule.threshold()).isEqualTo(5);
        assertThat(rule.enabled()).isTrue();
        rule.change(AlertKind.FAILED_QUEUE_ITEMS, new RuleChange(Optional.empty(), Optional.of(false),
                Optional.of(Recipients.parse("ops@example.gov.vn"))), "admin2", at);
        assertThat(rule.threshold()).isEqualTo(5);
        assertThat(rule.enabled()).isFalse();
        assertThat(rule.recipients().addresses()).containsExactly("ops@example.gov.vn");
        assertThat(rule.changedBy()).contains("admin2");
        assertThat(rule.changedAt()).contains(at);
    }

    @Test
    void refusesANegativeThresholdAndAnEmptyChange() {
        assertThatThrownBy(() -> rule.change(AlertKind.FAILED_QUEUE_ITEMS,
                new RuleChange(Optional.of(-1L), Optional.empty(), Optional.empty()), "admin", Instant.now()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("between 0 and");
        assertThatThrownBy(() -> new RuleChange(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Nothing to change");
        assertThat(rule.threshold()).isZero();
    }

    @Test
    void aProbeRuleNeedsAtLeastOneFailure() {
        assertThatThrownBy(() -> new AlertRule(AlertKind.BROKER_UNREACHABLE, 0, true, Recipients.NONE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("between 1 and");
    }
}

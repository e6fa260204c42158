package vn.lienthong.alert.raise;

import org.junit.jupiter.api.Test;
import vn.lienthong.alert.rule.AlertKind;
import vn.lienthong.alert.rule.AlertRule;
import vn.lienthong.alert.rule.Recipients;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionTest {

    @Test
    void raisesWhenTheConditionBeginsAndClearsWhenItEnds() {
        assertThat(Transition.of(true, false)).isEqualTo(Transition.RAISED);
        assertThat(Transition.of(false, true)).isEqualTo(Transition.CLEARED);
        assertThat(Transition.of(true, true)).isEqualTo(Transition.UNCHANGED);
        assertThat(Transition.of(false, false)).isEqualTo(Transition.UNCHANGED);
    }

    /** The rounds of an evaluator against one rule: a condition that holds for many rounds is raised once. */
    @Test
    void aConditionRepeatedOverManyRoundsIsRaisedOnceAndClearedOnce() {
        AlertRule rule = new AlertRule(AlertKind.FAILED_QUEUE_ITEMS, 2, true, Recipients.NONE);
        long[] failedItemsPerRound = {0, 1, 3, 4, 3, 5, 2, 1, 3, 3};
        List<Transition> transitions = new ArrayList<>();
        long nextAlert = 1;
        for (long failed : failedItemsPerRound) {
            Observation o = Observation.of(AlertKind.FAILED_QUEUE_ITEMS, failed, failed + " failed", failed + " lỗi");
            Transition t = Transition.of(o.breaches(rule.threshold()), rule.activeAlertId().isPresent());
            if (t == Transition.RAISED) {
                rule.raised(nextAlert++);
            } else if (t == Transition.CLEARED) {
                rule.cleared();
            }
            transitions.add(t);
        }
        assertThat(transitions).containsExactly(Transition.UNCHANGED, Transition.UNCHANGED, Transition.RAISED,
                Transition.UNCHANGED, Transition.UNCHANGED, Transition.UNCHANGED, Transition.CLEARED, Transition.UNCHANGED,
                Transition.RAISED, Transition.UNCHANGED);
        assertThat(nextAlert - 1).as("alerts raised").isEqualTo(2);
    }

    @Test
    void detailsAreClippedToTheirColumn() {
        Observation o = Observation.of(AlertKind.CERTIFICATE_EXPIRY, 3, "x".repeat(5000), "y".repeat(4000));
        assertThat(o.detailEn()).hasSize(4000).endsWith("…");
        assertThat(o.detailVi()).hasSize(4000).doesNotEndWith("…");
    }
}

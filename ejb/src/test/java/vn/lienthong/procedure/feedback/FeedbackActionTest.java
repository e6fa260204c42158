package vn.lienthong.procedure.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.procedure.feedback.FeedbackAction.*;
import static vn.lienthong.procedure.feedback.FeedbackState.*;

/** The feedback state machine's table: what may follow what. */
class FeedbackActionTest {

    @Test
    void nothingIsPublishedBeforeItIsAnswered() {
        for (FeedbackState state : FeedbackState.values()) {
            assertThat(PUBLISH.allowedFrom(state)).as("publish from %s", state).isEqualTo(state == ANSWERED);
        }
    }

    @Test
    void publishedFeedbackAcceptsNothingMore() {
        for (FeedbackAction action : FeedbackAction.values()) {
            assertThat(action.allowedFrom(PUBLISHED)).as("%s after publication", action).isFalse();
        }
    }

    @Test
    void onlyFeedbackWithAnAgencyCanBeAnsweredAndAnsweredFeedbackIsNoLongerReRouted() {
        assertThat(ANSWER.allowedFrom(SUBMITTED)).isFalse();
        assertThat(ANSWER.allowedFrom(ROUTED)).isTrue();
        assertThat(ANSWER.allowedFrom(ANSWERED)).as("revising before publication").isTrue();
        assertThat(ROUTE.allowedFrom(ROUTED)).as("re-routing").isTrue();
        assertThat(ROUTE.allowedFrom(ANSWERED)).isFalse();
        assertThat(GIVE_BACK.allowedFrom(ANSWERED)).isFalse();
    }

    @Test
    void routingAndGivingBackNeedAReason() {
        assertThat(ROUTE.reasonRequired()).isTrue();
        assertThat(GIVE_BACK.reasonRequired()).isTrue();
        assertThat(ANSWER.reasonRequired()).isFalse();
    }

    @Test
    void pathNamesRoundTrip() {
        for (FeedbackAction action : FeedbackAction.values()) {
            assertThat(FeedbackAction.ofPathName(action.pathName())).contains(action);
        }
        assertThat(GIVE_BACK.pathName()).isEqualTo("give-back");
        assertThat(FeedbackAction.ofPathName("delete")).isEmpty();
    }
}

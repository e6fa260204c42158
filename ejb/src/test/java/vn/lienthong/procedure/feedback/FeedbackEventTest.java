package vn.lienthong.procedure.feedback;

import org.junit.jupiter.api.Test;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A feedback's log line: the shared log-line columns read back in the feedback's own terms. */
class FeedbackEventTest {

    private static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void readsItsActionAndStatesAsTheFeedbackStateMachineNamesThem() {
        FeedbackEvent line = new FeedbackEvent("PAKN-260302-ABCD2345", 2, AT, "Nguyễn Văn A", AgencyCode.of("000.00.10.H20"),
                FeedbackAction.ROUTE, FeedbackState.SUBMITTED, FeedbackState.ROUTED, "000.00.10.H20", "Đúng thẩm quyền");
        assertThat(line.action()).isEqualTo(FeedbackAction.ROUTE);
        assertThat(line.fromState()).contains(FeedbackState.SUBMITTED);
        assertThat(line.toState()).isEqualTo(FeedbackState.ROUTED);
        assertThat(line.actorAgency()).contains("000.00.10.H20");
        assertThat(line.seq()).isEqualTo(2);
    }

    @Test
    void theFirstLineHasNoStateBeforeItAndAnOverlongActorIsCutToTheColumn() {
        FeedbackEvent line = new FeedbackEvent("PAKN-260302-ABCD2345", 1, AT, "x".repeat(250), null, FeedbackAction.SUBMIT, null,
                FeedbackState.SUBMITTED, null, null);
        assertThat(line.fromState()).isEmpty();
        assertThat(line.actor()).hasSize(200);
        assertThat(line.actorAgency()).isEmpty();
    }
}

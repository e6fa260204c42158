package vn.lienthong.web.rest.exchange.inbox;

import vn.lienthong.exchange.inbox.AcknowledgementResult;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;

import java.util.List;

/**
 * The answer to a batch of acknowledgements, one result per acknowledgement in the order given:
 * {@code state} where it was taken, {@code problem} (the problem document a single call would have
 * answered) where it was refused.
 */
public record AcknowledgementResultsJson(List<Item> results) {

    public record Item(String documentId, String state, Problem problem) {
    }

    static AcknowledgementResultsJson of(List<AcknowledgementResult> results, String instance) {
        return new AcknowledgementResultsJson(results.stream().map(r -> new Item(r.documentId().value(),
                r.state() == null ? null : r.state().name(),
                r.refused().map(refusal -> Problems.of(refusal, instance)).orElse(null))).toList());
    }
}

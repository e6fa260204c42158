package vn.lienthong.web.rest.exchange.status;

import vn.lienthong.exchange.status.StatusOutcome;
import vn.lienthong.web.problem.Problem;
import vn.lienthong.web.problem.Problems;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The answer to a batch of status packages, one result per part in the order sent: {@code part} is
 * the part's name (or its file name, or its position), then {@code status} where it was recorded,
 * {@code problem} (the problem document a single call would have answered) where it was refused.
 */
public record StatusResultsJson(List<Item> results) {

    public record Item(String part, StatusReceiptJson status, Problem problem) {
    }

    static StatusResultsJson of(List<String> parts, List<StatusOutcome> outcomes, String instance) {
        return new StatusResultsJson(IntStream.range(0, outcomes.size()).mapToObj(i -> new Item(parts.get(i),
                outcomes.get(i).recorded().map(StatusReceiptJson::of).orElse(null),
                outcomes.get(i).refused().map(r -> Problems.of(r, instance)).orElse(null))).toList());
    }
}

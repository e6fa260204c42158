package vn.lienthong.web.rest.exchange.inbox;

import java.util.List;

/**
 * Several acknowledgements in one call: {@code {"acknowledgements": [{"documentId": "...", "result":
 * "done"}, {"documentId": "...", "result": "failed", "reason": "..."}]}}.
 */
public record AcknowledgementsJson(List<Item> acknowledgements) {

    public record Item(String documentId, String result, String reason) {
    }
}

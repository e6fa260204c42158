package vn.lienthong.web.rest.exchange.inbox;

/** A recipient's report on a fetch: {@code {"result": "done"}} or {@code {"result": "failed", "reason": "..."}}. */
public record AcknowledgementJson(String result, String reason) {
}

package vn.lienthong.exchange.relay;

import vn.lienthong.platform.outbox.OutboxState;
import vn.lienthong.platform.outbox.QueuedItem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the relay of a document to one peer stands, as its sender sees it (docs/api.md, the sent
 * view's {@code relay}): still queued (with the last attempt's error, if any), relayed (the peer
 * accepted it), refused there with the peer's problem code, or failed (the peer did not answer
 * through the whole backoff; an administrator re-drives it at {@code /api/v1/admin/queues}).
 */
public record RelayState(State state, Optional<String> problemCode, Optional<String> lastError) {

    public enum State { QUEUED, RELAYED, REFUSED, FAILED, WITHDRAWN }

    /** How {@link RelaySender} records a peer's refusal: its problem code first. */
    private static final Pattern REFUSAL = Pattern.compile("^([A-Z][A-Z0-9_]+) \\(HTTP \\d{3}\\)");

    static RelayState of(QueuedItem item) {
        return switch (item.state()) {
            case SENT -> new RelayState(State.RELAYED, Optional.empty(), Optional.empty());
            case CANCELLED -> new RelayState(State.WITHDRAWN, Optional.empty(), Optional.empty());
            case FAILED -> {
                Optional<String> code = item.lastError().map(REFUSAL::matcher).filter(Matcher::find).map(m -> m.group(1));
                yield new RelayState(code.isPresent() ? State.REFUSED : State.FAILED, code, item.lastError());
            }
            case PENDING -> new RelayState(State.QUEUED, Optional.empty(), item.lastError());
        };
    }

    /** The text {@link #of} reads the problem code back from. */
    static String refusal(String problemCode, int status, String detail) {
        return problemCode + " (HTTP " + status + ")" + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}

package vn.lienthong.exchange.relay;

import vn.lienthong.exchange.document.HubDocumentId;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A status's item of the relay queue ({@value RelayQueue#QUEUE}; key the peer's hub code): the
 * status report kept here, the document it is about, and the SHA-256 of the status package, which
 * is relayed byte for byte. Its payload, {@code status:{status id}:{document id}:{sha256}}, cannot
 * be taken for a document's (a bare document id).
 */
public record StatusRelayItem(HubDocumentId status, HubDocumentId document, String sha256) {

    private static final String PREFIX = "status:";
    private static final Pattern PAYLOAD = Pattern.compile("status:([0-9a-f-]{36}):([0-9a-f-]{36}):([0-9a-f]{64})");

    public StatusRelayItem {
        Objects.requireNonNull(status);
        Objects.requireNonNull(document);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A status relay names the SHA-256 of the status package, not " + sha256);
        }
    }

    /** The status relay a queue item's payload describes; empty for a document's relay. */
    public static Optional<StatusRelayItem> of(String payload) {
        if (payload == null || !payload.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Matcher m = PAYLOAD.matcher(payload);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a status relay: " + payload);
        }
        return Optional.of(new StatusRelayItem(new HubDocumentId(m.group(1)), new HubDocumentId(m.group(2)), m.group(3)));
    }

    public String payload() {
        return PREFIX + status.value() + ":" + document.value() + ":" + sha256;
    }

    /**
     * The item's number in the queue, unique per peer beside the documents' (their first held
     * delivery's id, positive): the negated 63 random-or-time bits of the status id, so two statuses
     * never share one in practice (the random half alone holds 62 bits).
     */
    public long seq() {
        UUID id = UUID.fromString(status.value());
        long mixed = (id.getMostSignificantBits() ^ id.getLeastSignificantBits()) & Long.MAX_VALUE;
        return -Math.max(mixed, 1);
    }
}

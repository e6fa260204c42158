package vn.lienthong.exchange.relay;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

/**
 * The two request headers a relaying hub adds to the agency-facing {@code POST /api/v1/documents}
 * (docs/federation.md), and the Idempotency-Key it sends them with.
 */
public final class RelayHeaders {

    /** The recipients of the package the receiving hop is to serve: {@code code,code,...}. */
    public static final String RELAY_FOR = "LienThong-Relay-For";
    /** How many hub TraceHeaders the package carries at the end of its trace list, all hops so far. */
    public static final String RELAY_HOPS = "LienThong-Relay-Hops";

    private RelayHeaders() {
    }

    /**
     * {@code relay:{hub code of the sending hop}:{its document id}}: the same for every retry, so the
     * receiving hop answers a retry with its first answer.
     */
    public static String idempotencyKey(AgencyCode sendingHub, HubDocumentId document) {
        return "relay:" + sendingHub.value() + ":" + document.value();
    }
}

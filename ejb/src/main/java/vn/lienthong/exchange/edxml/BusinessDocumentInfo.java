package vn.lienthong.exchange.edxml;

import java.util.List;

/**
 * For an update: which parts of the earlier document changed (flags as the sender wrote them,
 * by element name) and which receivers the change concerns.
 */
public record BusinessDocumentInfo(java.util.Map<String, String> changedFlags, List<Receiver> receivers) {

    public BusinessDocumentInfo {
        changedFlags = changedFlags == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changedFlags));
        receivers = receivers == null ? List.of() : List.copyOf(receivers);
    }
}

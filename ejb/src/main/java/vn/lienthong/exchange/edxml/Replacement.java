package vn.lienthong.exchange.edxml;

import java.util.List;

/** An earlier document this one replaces, and for which recipients ({@code ReplacementInfo}). */
public record Replacement(String documentId, List<String> organIds) {

    public Replacement {
        organIds = organIds == null ? List.of() : List.copyOf(organIds);
    }
}

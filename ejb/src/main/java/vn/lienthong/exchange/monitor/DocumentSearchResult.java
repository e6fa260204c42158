package vn.lienthong.exchange.monitor;

import java.util.List;

/**
 * The documents a search found, newest first; {@code truncated} when the span held more than the
 * monitor reads at once, so the administrator narrows the search rather than trusting a partial list.
 */
public record DocumentSearchResult(List<MonitoredDocumentView> documents, boolean truncated) {

    public DocumentSearchResult {
        documents = List.copyOf(documents);
    }
}

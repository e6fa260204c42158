package vn.lienthong.client.http;

import jakarta.json.JsonObject;

/**
 * One item of a batch (docs/api.md, "Batch calls"): answered as its single call would be, either
 * {@code fetched} (a package in its file) or {@code problem} (the problem document of its refusal).
 */
public record BatchItem(String documentId, Fetched fetched, JsonObject problem) {

    public boolean refused() {
        return problem != null;
    }
}

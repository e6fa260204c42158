package vn.lienthong.client.http;

import jakarta.json.JsonObject;

import java.util.List;

/** One page of {@code GET /inbox}: the items as the hub describes them, and the cursor of the next page (null on the last). */
public record InboxPage(List<JsonObject> items, String nextCursor) {
}

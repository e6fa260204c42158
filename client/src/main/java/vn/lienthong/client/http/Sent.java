package vn.lienthong.client.http;

import jakarta.json.JsonObject;

import java.util.Base64;

/**
 * The hub's answer to a sent document (docs/api.md, {@code POST /documents}).
 *
 * @param replayed the hub had the package already (the same key or bytes): this is the first answer again
 */
public record Sent(String documentId, boolean replayed, JsonObject answer) {

    /** {@code VALID}, {@code UNSIGNED}, {@code INDETERMINATE}; null for a hub that does not verify. */
    public String signatureVerdict() {
        JsonObject signature = answer.getJsonObject("signature");
        return signature == null ? null : signature.getString("verdict", null);
    }

    /** The hub's signed acceptance receipt (CMS, DER), or null when it could not be made at that moment. */
    public byte[] receipt() {
        return answer.isNull("receipt") || !answer.containsKey("receipt") ? null : Base64.getDecoder().decode(answer.getString("receipt"));
    }
}

package vn.lienthong.exchange.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What a receipt says, as the UTF-8 JSON text inside the signature. Written by hand in a fixed
 * field order so that the signed bytes do not depend on a JSON library's choices.
 */
public record ReceiptContent(String kind, String documentId, String edxmlDocumentId, String packageSha256, String sender,
                             List<String> recipients, Instant time) {

    public ReceiptContent {
        recipients = List.copyOf(recipients);
    }

    public byte[] bytes() {
        StringBuilder json = new StringBuilder("{");
        field(json, "receipt", kind).append(',');
        field(json, "hub", "LienThong").append(',');
        field(json, "documentId", documentId).append(',');
        field(json, "edxmlDocumentId", edxmlDocumentId).append(',');
        field(json, "packageSha256", packageSha256).append(',');
        field(json, "sender", sender).append(',');
        json.append("\"recipients\":[");
        for (int i = 0; i < recipients.size(); i++) {
            quote(json.append(i == 0 ? "" : ","), recipients.get(i));
        }
        json.append("],");
        field(json, "time", time.toString());
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        quote(json, name).append(':');
        return value == null ? json.append("null") : quote(json, value);
    }

    private static StringBuilder quote(StringBuilder json, String value) {
        json.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}

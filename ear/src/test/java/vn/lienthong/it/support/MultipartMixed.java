package vn.lienthong.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/mixed} answer (the batch fetch) as agency software would: boundary from
 * the Content-Type, each part's headers, and its body taken by its Content-Length, so bytes are
 * compared exactly and a part that lies about its length breaks the parse.
 */
public final class MultipartMixed {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    public record Part(Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }
    }

    private MultipartMixed() {
    }

    public static List<Part> parse(HubResponse response) {
        String contentType = response.header("Content-Type");
        if (contentType == null || !contentType.startsWith("multipart/mixed")) {
            throw new AssertionError("not a multipart/mixed answer: " + response);
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new AssertionError("multipart answer without boundary: " + contentType);
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.US_ASCII);
        byte[] body = response.body();
        List<Part> parts = new ArrayList<>();
        int at = expect(body, 0, delimiter);
        while (true) {
            if (body[at] == '-' && body[at + 1] == '-') {
                return parts;
            }
            at = expect(body, at, "\r\n".getBytes(StandardCharsets.US_ASCII));
            Map<String, String> headers = new LinkedHashMap<>();
            int lineEnd;
            while ((lineEnd = indexOf(body, at)) != at) {
                String line = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                at = lineEnd + 2;
            }
            at += 2;
            int length = Integer.parseInt(headers.get("content-length"));
            byte[] content = Arrays.copyOfRange(body, at, at + length);
            parts.add(new Part(headers, content));
            at = expect(body, at + length, "\r\n".getBytes(StandardCharsets.US_ASCII));
            at = expect(body, at, delimiter);
        }
    }

    private static int expect(byte[] body, int at, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (at + i >= body.length || body[at + i] != expected[i]) {
                throw new AssertionError("malformed multipart answer at byte " + at);
            }
        }
        return at + expected.length;
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("multipart headers never end");
    }
}

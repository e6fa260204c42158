package vn.lienthong.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark's recipients need of a batch fetch's multipart/mixed answer: each package's
 * length by document id (Content-ID), packages only (a part with a problem document is left out),
 * so the run checks what it received as the single fetch's length check does.
 */
final class BatchParts {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    private BatchParts() {
    }

    static Map<String, Long> packageSizes(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        Matcher m = BOUNDARY.matcher(type);
        if (!type.startsWith("multipart/mixed") || !m.find()) {
            throw new IllegalStateException("not a multipart/mixed answer: " + type);
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.US_ASCII);
        byte[] body = response.body();
        Map<String, Long> sizes = new LinkedHashMap<>();
        int at = delimiter.length;
        while (at + 1 < body.length && !(body[at] == '-' && body[at + 1] == '-')) {
            at += 2; // CRLF after the delimiter
            Map<String, String> headers = new LinkedHashMap<>();
            int end;
            while ((end = lineEnd(body, at)) != at) {
                String line = new String(body, at, end - at, StandardCharsets.US_ASCII);
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                at = end + 2;
            }
            at += 2;
            long length = Long.parseLong(headers.get("content-length"));
            String id = headers.get("content-id").replaceAll("[<>]", "");
            if (headers.getOrDefault("content-type", "").startsWith("application/xml")) {
                sizes.put(id, length);
            }
            at += (int) length + 2 + delimiter.length;
        }
        return sizes;
    }

    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("multipart headers never end");
    }
}

package vn.lienthong.client.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code multipart/mixed} answer of {@code GET /inbox/packages} as it arrives: each part
 * carries its {@code Content-Length} (docs/api.md), so a package is copied byte for byte into its
 * file without scanning for the boundary, checked against its {@code ETag}, and moved into place;
 * a refused item is its problem document. Memory holds one part's headers, never a package.
 */
final class MultipartPackages {

    private static final int MAX_LINE = 8192;

    private final InputStream in;
    private final String boundary;

    MultipartPackages(InputStream in, String contentType) throws IOException {
        this.in = in;
        this.boundary = boundary(contentType);
    }

    List<BatchItem> readInto(Path directory, Progress progress) throws IOException {
        List<BatchItem> items = new ArrayList<>();
        long done = 0;
        String line = line();
        while (!line.equals("--" + boundary + "--")) {
            if (!line.equals("--" + boundary)) {
                throw new IOException("Not a part boundary in the batch answer: " + line);
            }
            Map<String, String> headers = headers();
            String id = headers.getOrDefault("content-id", "").replaceAll("[<>]", "").strip();
            long length = Long.parseLong(required(headers, "content-length"));
            if (headers.getOrDefault("content-type", "").startsWith("application/problem+json")) {
                byte[] json = in.readNBytes((int) length);
                try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
                    items.add(new BatchItem(id, null, reader.readObject()));
                }
            } else {
                if (!id.matches("[0-9a-fA-F-]{8,64}")) {
                    throw new IOException("A part of the batch answer names no document: Content-ID " + id);
                }
                items.add(new BatchItem(id, copy(id, length, headers.get("etag"), directory.resolve(id + ".edxml")), null));
            }
            done += length;
            progress.update(done, -1);
            if (!line().isEmpty()) {
                throw new IOException("A part of the batch answer is longer than its Content-Length");
            }
            line = line();
        }
        return items;
    }

    private Fetched copy(String id, long length, String etag, Path target) throws IOException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), id, ".part");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
                byte[] buffer = new byte[1 << 16];
                long left = length;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException("The batch answer ended inside the package of " + id);
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (etag != null && !etag.replace("\"", "").equalsIgnoreCase(actual)) {
                throw new IOException("The package of " + id + " arrived damaged: SHA-256 " + actual + ", the hub says " + etag);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Fetched(id, target, length, actual);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** One CRLF-ended line (the CRLF left out). */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("The batch answer ended before its closing boundary");
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("A line of the batch answer is over " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String required(Map<String, String> headers, String name) throws IOException {
        String value = headers.get(name);
        if (value == null) {
            throw new IOException("A part of the batch answer has no " + name);
        }
        return value;
    }

    private static String boundary(String contentType) throws IOException {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return p.substring("boundary=".length()).replace("\"", "");
            }
        }
        throw new IOException("The batch answer is not multipart: " + contentType);
    }
}

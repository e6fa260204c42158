package vn.lienthong.client.http;

import java.nio.file.Path;

/** A package fetched into {@code file} (null when fetched into a stream), its size and hex SHA-256, checked against the hub's {@code ETag}. */
public record Fetched(String documentId, Path file, long size, String sha256) {
}

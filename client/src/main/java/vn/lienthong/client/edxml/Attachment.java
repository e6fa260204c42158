package vn.lienthong.client.edxml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file sent with a document (tệp đính kèm), streamed from disk into the package as base64 each
 * time the package is written; never read whole into memory.
 *
 * @param name        {@code AttachmentName}, also the content id ({@code cid:<name>})
 * @param contentType e.g. {@code application/pdf}
 */
public record Attachment(Path file, String name, String contentType, String description) {

    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-zA-Z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+");

    public Attachment {
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Not a readable file: " + file);
        }
        if (name == null) {
            name = file.getFileName().toString();
        }
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("An attachment name is a plain file name: " + name);
        }
        if (contentType == null) {
            contentType = guessContentType(name);
        }
        if (!CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("Not a content type: " + contentType);
        }
    }

    public static Attachment of(Path file) {
        return new Attachment(file, null, null, null);
    }

    String contentId() {
        return "cid:" + name;
    }

    static String guessContentType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        } else if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (lower.endsWith(".doc")) {
            return "application/msword";
        } else if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else if (lower.endsWith(".xml")) {
            return "application/xml";
        } else if (lower.endsWith(".txt")) {
            return "text/plain";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}

package vn.lienthong.exchange.edxml;

/**
 * One attachment as read from {@code AttachmentEncoded}: its descriptive elements, the decoded
 * size and the SHA-256 of the decoded bytes (hex). The bytes themselves went to an
 * {@link AttachmentSink} while the package was read.
 */
public record AttachmentInfo(String contentId, String attachmentName, String description, String contentType,
                             long decodedBytes, String sha256) {
}

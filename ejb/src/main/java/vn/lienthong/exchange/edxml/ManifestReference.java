package vn.lienthong.exchange.edxml;

/** One {@code edXMLManifest/Reference}: an attachment the envelope announces. */
public record ManifestReference(String contentId, String contentType, String description, String attachmentName) {
}

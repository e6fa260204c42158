package vn.lienthong.exchange.edxml;

import java.time.LocalDateTime;

/**
 * A status package: a recipient tells the sender what became of a document
 * (codes of {@link StatusCode}).
 */
public record StatusPackage(ResponseFor responseFor, Organization from, String statusCode, String description,
                            LocalDateTime timestamp, StaffInfo staffInfo, XmlElement signature) implements EdxmlPackage {
}

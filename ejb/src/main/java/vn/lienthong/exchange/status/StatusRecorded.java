package vn.lienthong.exchange.status;

import vn.lienthong.directory.agency.AgencyCode;
import vn.lienthong.exchange.document.HubDocumentId;

/**
 * Fired inside the transaction that recorded a recipient's status report, so that other
 * capabilities (the inter-agency steps of dossiers) can react once it has committed, without the
 * exchange knowing about them.
 */
public record StatusRecorded(HubDocumentId documentId, AgencyCode reporter, String statusCode, String description,
                             String staff) {
}

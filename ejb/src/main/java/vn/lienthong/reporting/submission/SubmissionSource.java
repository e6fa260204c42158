package vn.lienthong.reporting.submission;

import vn.lienthong.directory.agency.AgencyCode;

import java.util.List;
import java.util.Optional;

/**
 * Where a submission came from: the channel; for the axis, the document that carried it, whether
 * its signature was verified VALID for the sender (a regime may require it), and whom the package
 * was addressed to (it must reach the report's recipient).
 */
public record SubmissionSource(SubmissionChannel channel, Optional<String> documentId, boolean validSignature,
                               List<AgencyCode> addressedTo) {

    public static final SubmissionSource REST = new SubmissionSource(SubmissionChannel.REST, Optional.empty(), false, List.of());
    public static final SubmissionSource SOAP = new SubmissionSource(SubmissionChannel.SOAP, Optional.empty(), false, List.of());
    public static final SubmissionSource INTERCHANGE = new SubmissionSource(SubmissionChannel.INTERCHANGE, Optional.empty(), false, List.of());

    public SubmissionSource {
        addressedTo = List.copyOf(addressedTo);
    }

    public static SubmissionSource axis(String documentId, boolean validSignature, List<AgencyCode> addressedTo) {
        return new SubmissionSource(SubmissionChannel.AXIS, Optional.of(documentId), validSignature, addressedTo);
    }
}

package vn.lienthong.exchange.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * The header of a document package. {@code from} and at least one {@code to} are always present
 * (the reader refuses a package without them); every other part may be null or empty.
 */
public record MessageHeader(Organization from, List<Organization> to, String documentId, DocumentCode code,
                            PromulgationInfo promulgation, DocumentType documentType, String subject,
                            String content, SignerInfo signer, LocalDate dueDate, List<String> toPlaces,
                            OtherInfo otherInfo, List<ResponseFor> responseFor, Integer steeringType) {

    public MessageHeader {
        to = List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        responseFor = responseFor == null ? List.of() : List.copyOf(responseFor);
    }
}

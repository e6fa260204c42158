package vn.lienthong.client.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;

/** A status package built by {@link StatusBuilder}; the signature goes beside {@code Status} in the header. */
record StatusPackage(ReceivedDocument document, Organization reporter, StatusCode status, String description,
                     String department, String staff, LocalDateTime timestamp) implements EdxmlPackage {

    @Override
    public String from() {
        return reporter.code();
    }

    @Override
    public void writeRoot(OutputStream out, String signature) throws IOException {
        CanonicalXml w = new CanonicalXml(out);
        w.openHeader();
        w.open("Status");
        w.open("ResponseFor");
        w.leaf("OrganId", document.sender());
        w.leaf("Code", document.code());
        w.leaf("PromulgationDate", document.promulgationDate());
        w.leaf("DocumentId", document.documentId());
        w.close("ResponseFor");
        reporter.write(w, "From");
        w.leaf("StatusCode", status.code());
        w.leaf("Description", description);
        w.leaf("Timestamp", EdxmlDates.DATE_TIME.format(timestamp));
        if (department != null || staff != null) {
            w.open("StaffInfo");
            w.leaf("Department", department);
            w.leaf("Staff", staff);
            w.close("StaffInfo");
        }
        w.close("Status");
        w.closeHeader(signature);
        w.close("edXMLEnvelope");
        w.close("edXML");
    }
}

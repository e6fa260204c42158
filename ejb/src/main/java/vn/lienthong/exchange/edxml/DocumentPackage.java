package vn.lienthong.exchange.edxml;

import java.util.List;

/** A document package: header, trace, business block, manifest and the attachments read. */
public record DocumentPackage(MessageHeader header, List<TraceHeader> traces, Business business,
                              List<ManifestReference> manifest, List<AttachmentInfo> attachments,
                              boolean signed) implements EdxmlPackage {

    public DocumentPackage {
        traces = List.copyOf(traces);
        manifest = List.copyOf(manifest);
        attachments = List.copyOf(attachments);
    }

    /** New document unless the business block says otherwise. */
    public BusinessType businessType() {
        return business == null || business.type() == null ? BusinessType.NEW : business.type();
    }
}

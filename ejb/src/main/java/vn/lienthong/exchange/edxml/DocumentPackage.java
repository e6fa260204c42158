package vn.lienthong.exchange.edxml;

import java.util.List;

/**
 * A document package: header, trace, business block, manifest, the attachments read, and the
 * XML signature element kept whole as an element tree (null when unsigned), because the hub never
 * needs to understand it to pass it on.
 */
public record DocumentPackage(MessageHeader header, List<TraceHeader> traces, Business business,
                              List<ManifestReference> manifest, List<AttachmentInfo> attachments,
                              XmlElement signature) implements EdxmlPackage {

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

package vn.lienthong.exchange.edxml;

import java.util.List;

/**
 * The {@code Bussiness} block of the trace header list: what the package does to which document,
 * why, whether paper travels too, and who sent it.
 */
public record Business(String documentId, BusinessType type, String reason, Integer paper, StaffInfo staffInfo,
                       BusinessDocumentInfo documentInfo, List<Replacement> replacements) {

    public Business {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    public boolean paperAlsoSent() {
        return paper != null && paper == 1;
    }
}

package vn.lienthong.evidence.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.lienthong.directory.agency.AgencyCode;

/**
 * Appends a refusal. A refused package is judged outside any transaction and stores nothing, so its
 * entry gets a transaction of its own: REQUIRES_NEW, whatever the caller runs in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RefusalEvidence {

    @Inject
    EvidenceLog log;

    public void refused(AgencyCode sender, String problemCode) {
        log.append(EvidenceEvent.refused(sender, problemCode));
    }
}

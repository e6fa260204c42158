package vn.lienthong.procedure.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reconciliation report (đối soát): asks the portal, through the client's look-up, for the
 * status of the dossiers changed most recently and lists those where it differs from the hub's, the
 * silent drift that real one-stop systems suffer; and sends them again. Runs outside any
 * transaction: each look-up may take the portal's full timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalReconciliation {

    @EJB
    PortalSyncService syncs;

    @Inject
    PortalSettings settings;

    public List<PortalDrift> drifts(int limit) {
        PortalClient client = settings.client().orElseThrow(PortalSyncOffException::new);
        List<PortalDrift> drifts = new ArrayList<>();
        for (PortalSyncView latest : syncs.latestChanges(limit)) {
            try {
                Optional<Integer> theirs = client.lookUp(latest.dossierCode())
                        .map(record -> record.getInt("TrangThaiHoSo", -1));
                if (theirs.isEmpty() || theirs.get() != latest.nationalStatus()) {
                    drifts.add(new PortalDrift(latest.dossierCode(), latest.nationalStatus(), theirs, latest.state(), Optional.empty()));
                }
            } catch (PortalException | ClassCastException e) {
                drifts.add(new PortalDrift(latest.dossierCode(), latest.nationalStatus(), Optional.empty(), latest.state(),
                        Optional.of(e.getMessage() == null ? e.toString() : e.getMessage())));
            }
        }
        return drifts;
    }

    /** @return the dossiers whose status was queued again */
    public List<String> resend(int limit) {
        List<String> queued = new ArrayList<>();
        for (PortalDrift drift : drifts(limit)) {
            if (syncs.resend(drift.dossierCode())) {
                queued.add(drift.dossierCode());
            }
        }
        return queued;
    }
}

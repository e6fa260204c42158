package vn.lienthong.procedure.portal;

import vn.lienthong.platform.outbox.OutboxState;

import java.util.Objects;
import java.util.Optional;

/**
 * A dossier whose status at the national portal is not the hub's.
 * @param portalStatus empty when the portal does not know the dossier, or could not be asked
 * @param portalError why the portal could not be asked, if it could not
 */
public record PortalDrift(String dossierCode, int hubStatus, Optional<Integer> portalStatus, OutboxState queue,
                          Optional<String> portalError) {

    public PortalDrift {
        Objects.requireNonNull(dossierCode);
        Objects.requireNonNull(portalStatus);
        Objects.requireNonNull(queue);
        Objects.requireNonNull(portalError);
    }
}

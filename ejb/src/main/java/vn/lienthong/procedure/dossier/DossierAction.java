package vn.lienthong.procedure.dossier;

import java.util.Locale;
import java.util.Optional;

/**
 * What can be done to a dossier. From which states, to which, and what each records is the
 * business of {@link DossierTransitions}, the one table of the state machine.
 */
public enum DossierAction {
    INTAKE,
    ACCEPT,
    REFUSE,
    /** Completes the current step; the next step decides PROCESSING, INTEROPERATING or FINISHED. */
    COMPLETE_STEP,
    REQUEST_SUPPLEMENT,
    RESUBMIT,
    REQUEST_PAYMENT,
    CONFIRM_PAYMENT,
    EXTEND,
    WITHDRAW,
    STOP,
    RETURN_RESULT;

    /** The path segment of the REST API: {@code complete-step} for COMPLETE_STEP. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DossierAction> ofPathName(String name) {
        for (DossierAction action : values()) {
            if (action != INTAKE && action.pathName().equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}

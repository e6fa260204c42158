package vn.lienthong.procedure.dossier;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static vn.lienthong.procedure.dossier.DossierState.FINISHED;
import static vn.lienthong.procedure.dossier.DossierState.INTEROPERATING;
import static vn.lienthong.procedure.dossier.DossierState.PAYMENT_REQUESTED;
import static vn.lienthong.procedure.dossier.DossierState.PROCESSING;
import static vn.lienthong.procedure.dossier.DossierState.RECEIVED;
import static vn.lienthong.procedure.dossier.DossierState.REGISTERED;
import static vn.lienthong.procedure.dossier.DossierState.SUPPLEMENT_REQUESTED;

/**
 * What can be done to a dossier, and from which states: the one table of the state machine. An
 * action outside its states is refused (409 ILLEGAL_TRANSITION) and changes nothing.
 */
public enum DossierAction {
    INTAKE(EnumSet.noneOf(DossierState.class), false),
    ACCEPT(EnumSet.of(REGISTERED), false),
    REFUSE(EnumSet.of(REGISTERED, RECEIVED), true),
    /** Completes the current step; the next step decides PROCESSING, INTEROPERATING or FINISHED. */
    COMPLETE_STEP(EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING), false),
    REQUEST_SUPPLEMENT(EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING), true),
    RESUBMIT(EnumSet.of(SUPPLEMENT_REQUESTED), false),
    REQUEST_PAYMENT(EnumSet.of(PROCESSING, INTEROPERATING), true),
    CONFIRM_PAYMENT(EnumSet.of(PAYMENT_REQUESTED), false),
    EXTEND(EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING), true),
    WITHDRAW(EnumSet.of(REGISTERED, RECEIVED, PROCESSING, INTEROPERATING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED), true),
    STOP(EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED), true),
    RETURN_RESULT(EnumSet.of(FINISHED), false);

    private final Set<DossierState> from;
    private final boolean reasonRequired;

    DossierAction(Set<DossierState> from, boolean reasonRequired) {
        this.from = from;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(DossierState state) {
        return from.contains(state);
    }

    public Set<DossierState> allowedStates() {
        return EnumSet.copyOf(from.isEmpty() ? EnumSet.noneOf(DossierState.class) : from);
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

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

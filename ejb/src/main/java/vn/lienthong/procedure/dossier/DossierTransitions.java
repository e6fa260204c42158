package vn.lienthong.procedure.dossier;

import vn.lienthong.platform.InvalidRequestException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static vn.lienthong.procedure.dossier.DossierAction.ACCEPT;
import static vn.lienthong.procedure.dossier.DossierAction.COMPLETE_STEP;
import static vn.lienthong.procedure.dossier.DossierAction.CONFIRM_PAYMENT;
import static vn.lienthong.procedure.dossier.DossierAction.EXTEND;
import static vn.lienthong.procedure.dossier.DossierAction.INTAKE;
import static vn.lienthong.procedure.dossier.DossierAction.REFUSE;
import static vn.lienthong.procedure.dossier.DossierAction.REQUEST_PAYMENT;
import static vn.lienthong.procedure.dossier.DossierAction.REQUEST_SUPPLEMENT;
import static vn.lienthong.procedure.dossier.DossierAction.RESUBMIT;
import static vn.lienthong.procedure.dossier.DossierAction.RETURN_RESULT;
import static vn.lienthong.procedure.dossier.DossierAction.STOP;
import static vn.lienthong.procedure.dossier.DossierAction.WITHDRAW;
import static vn.lienthong.procedure.dossier.DossierState.FINISHED;
import static vn.lienthong.procedure.dossier.DossierState.INTEROPERATING;
import static vn.lienthong.procedure.dossier.DossierState.PAYMENT_REQUESTED;
import static vn.lienthong.procedure.dossier.DossierState.PROCESSING;
import static vn.lienthong.procedure.dossier.DossierState.RECEIVED;
import static vn.lienthong.procedure.dossier.DossierState.REFUSED;
import static vn.lienthong.procedure.dossier.DossierState.REGISTERED;
import static vn.lienthong.procedure.dossier.DossierState.RETURNED;
import static vn.lienthong.procedure.dossier.DossierState.STOPPED;
import static vn.lienthong.procedure.dossier.DossierState.SUPPLEMENT_REQUESTED;
import static vn.lienthong.procedure.dossier.DossierState.WITHDRAWN;

/**
 * The dossier's state machine as data, the one table of it: for each action, the states it may
 * start from, where it leads, what it records besides its log line, and whether it needs a reason.
 * {@link Dossier}'s methods move only along these rows; an action from a state outside its row is
 * refused with {@code 409 ILLEGAL_TRANSITION}, which names the row's states, and changes nothing.
 * docs/procedures.md draws the same table.
 */
public final class DossierTransitions {

    /** Where a transition leads. */
    public enum Target {
        /** The row's state. */
        STATE,
        /** The state it is in: an extension moves the due date only. */
        SAME,
        /** The state the pause began in: resubmission and payment end a pause. */
        BEFORE_PAUSE,
        /**
         * The next step decides: {@code PROCESSING} when the receiving agency does it,
         * {@code INTEROPERATING} when another agency does, {@code FINISHED} when no step is left.
         */
        NEXT_STEP,
        /** Intake: online {@code REGISTERED} until an officer accepts it; at the counter or by post {@code RECEIVED}. */
        CHANNEL
    }

    /** What a transition records besides its log line (who, which agency, when, why, the due date after it). */
    public enum Recorded {
        /** The dossier and its papers; when received at once, the receipt as below. */
        INTAKE,
        /** The receipt time: the clock starts and the due date follows from the calendar. */
        RECEIPT,
        /** The step is done (the next one is current); the finish time when none is left. */
        STEP,
        /** A pause interval of the kind asked for opens (the clock stops); the due date stays as it was. */
        PAUSE,
        /** The open pause ends and the due date is recomputed with it. */
        PAUSE_END,
        /** An extension interval (units, reason, apology letter) and the due date it moves. */
        EXTENSION,
        /** The close time; an open pause ends there. */
        CLOSURE,
        /** The return time, the timeliness against the due date, the result note. */
        RESULT
    }

    /** One row: {@code action} from any of {@code from} leads to {@code target} and records {@code recorded}. */
    public record Row(DossierAction action, Set<DossierState> from, Target target, DossierState state, Recorded recorded,
                      boolean reasonRequired) {

        public Row {
            from = Collections.unmodifiableSet(from.isEmpty() ? EnumSet.noneOf(DossierState.class) : EnumSet.copyOf(from));
        }

        public boolean allowedFrom(DossierState current) {
            return from.contains(current);
        }

        /** Refuses a missing reason where the applicant is owed one: 400, before anything else is checked. */
        public void requireReason(String reason) {
            if (reasonRequired && reason == null) {
                throw new InvalidRequestException("reason", action.pathName() + " needs a reason",
                        "Cần nêu lý do khi thực hiện " + action.pathName());
            }
        }

        /**
         * Where this row leads dossier {@code code} from {@code current}: {@code beforePause} is the
         * state a pause began in, {@code chosen} the action's choice where the row leaves it to the
         * action. Refused outside the row's states, before anything changes.
         */
        DossierState leadFrom(String code, DossierState current, DossierState beforePause, DossierState chosen) {
            if (!allowedFrom(current)) {
                throw new IllegalTransitionException(code, action, current);
            }
            DossierState to = switch (target) {
                case STATE -> state;
                case SAME -> current;
                case BEFORE_PAUSE -> beforePause;
                case NEXT_STEP, CHANNEL -> chosen;
            };
            if (to == null || !leadsTo().contains(to)) {
                throw new IllegalStateException(action + " cannot lead from " + current + " to " + to);
            }
            return to;
        }

        /** Every state this row may lead to. */
        public Set<DossierState> leadsTo() {
            return switch (target) {
                case STATE -> EnumSet.of(state);
                case SAME -> from;
                case BEFORE_PAUSE -> EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING);
                case NEXT_STEP -> EnumSet.of(PROCESSING, INTEROPERATING, FINISHED);
                case CHANNEL -> EnumSet.of(REGISTERED, RECEIVED);
            };
        }
    }

    private static final Set<DossierState> IN_PROGRESS = EnumSet.of(RECEIVED, PROCESSING, INTEROPERATING);
    private static final Set<DossierState> PAUSED = EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED);

    private static final Map<DossierAction, Row> ROWS = new EnumMap<>(DossierAction.class);

    static {
        row(INTAKE, EnumSet.noneOf(DossierState.class), Target.CHANNEL, null, Recorded.INTAKE, false);
        row(ACCEPT, EnumSet.of(REGISTERED), Target.STATE, RECEIVED, Recorded.RECEIPT, false);
        row(REFUSE, EnumSet.of(REGISTERED, RECEIVED), Target.STATE, REFUSED, Recorded.CLOSURE, true);
        row(COMPLETE_STEP, IN_PROGRESS, Target.NEXT_STEP, null, Recorded.STEP, false);
        row(REQUEST_SUPPLEMENT, IN_PROGRESS, Target.STATE, SUPPLEMENT_REQUESTED, Recorded.PAUSE, true);
        row(RESUBMIT, EnumSet.of(SUPPLEMENT_REQUESTED), Target.BEFORE_PAUSE, null, Recorded.PAUSE_END, false);
        row(REQUEST_PAYMENT, EnumSet.of(PROCESSING, INTEROPERATING), Target.STATE, PAYMENT_REQUESTED, Recorded.PAUSE, true);
        row(CONFIRM_PAYMENT, EnumSet.of(PAYMENT_REQUESTED), Target.BEFORE_PAUSE, null, Recorded.PAUSE_END, false);
        row(EXTEND, IN_PROGRESS, Target.SAME, null, Recorded.EXTENSION, true);
        row(WITHDRAW, union(EnumSet.of(REGISTERED), IN_PROGRESS, PAUSED), Target.STATE, WITHDRAWN, Recorded.CLOSURE, true);
        row(STOP, union(IN_PROGRESS, PAUSED), Target.STATE, STOPPED, Recorded.CLOSURE, true);
        row(RETURN_RESULT, EnumSet.of(FINISHED), Target.STATE, RETURNED, Recorded.RESULT, false);
    }

    private DossierTransitions() {
    }

    /** The row of an action; every action has exactly one. */
    public static Row of(DossierAction action) {
        return ROWS.get(action);
    }

    public static Collection<Row> rows() {
        return Collections.unmodifiableCollection(ROWS.values());
    }

    private static void row(DossierAction action, Set<DossierState> from, Target target, DossierState state,
                            Recorded recorded, boolean reasonRequired) {
        ROWS.put(action, new Row(action, from, target, state, recorded, reasonRequired));
    }

    @SafeVarargs
    private static Set<DossierState> union(Set<DossierState>... sets) {
        Set<DossierState> all = EnumSet.noneOf(DossierState.class);
        for (Set<DossierState> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}

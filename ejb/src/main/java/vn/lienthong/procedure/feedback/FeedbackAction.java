package vn.lienthong.procedure.feedback;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of allowed feedback transitions: anything else is refused with
 * {@code 409 ILLEGAL_FEEDBACK_TRANSITION} and changes nothing.
 */
public enum FeedbackAction {
    /** A citizen sends it. */
    SUBMIT(EnumSet.noneOf(FeedbackState.class), false),
    /** The hub (automatically) or an administrator gives it to an agency; re-routing is allowed until answered. */
    ROUTE(EnumSet.of(FeedbackState.SUBMITTED, FeedbackState.ROUTED), true),
    /** The agency says it is not responsible: back to the administrators for routing. */
    GIVE_BACK(EnumSet.of(FeedbackState.ROUTED), true),
    /** The agency answers; it may revise its answer until it is published. */
    ANSWER(EnumSet.of(FeedbackState.ROUTED, FeedbackState.ANSWERED), false),
    /** The agency publishes question and answer. */
    PUBLISH(EnumSet.of(FeedbackState.ANSWERED), false);

    private final Set<FeedbackState> from;
    private final boolean reasonRequired;

    FeedbackAction(Set<FeedbackState> from, boolean reasonRequired) {
        this.from = from;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(FeedbackState state) {
        return from.contains(state);
    }

    public Set<FeedbackState> allowedStates() {
        return from;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** As in URLs and the log: {@code give-back}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedbackAction> ofPathName(String name) {
        for (FeedbackAction a : values()) {
            if (a.pathName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

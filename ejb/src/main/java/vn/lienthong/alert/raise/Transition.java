package vn.lienthong.alert.raise;

/** What one observation did to its rule's alert. */
public enum Transition {
    /** The condition began: an alert is raised and mailed. */
    RAISED,
    /** The condition ended: the active alert is cleared and that is mailed. */
    CLEARED,
    /** Nothing new: the condition still holds (no second mail) or still does not. */
    UNCHANGED;

    /**
     * The one rule of raising and clearing.
     *
     * @param breached whether the condition holds now (false for a rule that is off)
     * @param active   whether the rule has an alert raised and not cleared
     */
    public static Transition of(boolean breached, boolean active) {
        if (breached && !active) {
            return RAISED;
        }
        if (!breached && active) {
            return CLEARED;
        }
        return UNCHANGED;
    }
}

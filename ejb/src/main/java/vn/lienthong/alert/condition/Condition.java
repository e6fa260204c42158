package vn.lienthong.alert.condition;

import vn.lienthong.alert.raise.Observation;
import vn.lienthong.alert.rule.AlertKind;

/** What one kind of rule watches: a CDI bean per {@link AlertKind}, measured once per round. */
public interface Condition {

    AlertKind kind();

    /**
     * Measures the condition now.
     *
     * @param threshold the rule's threshold, for a detail that lists what crosses it (the certificates within N days)
     */
    Observation observe(long threshold);
}

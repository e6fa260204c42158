package vn.lienthong.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;

/**
 * Push attempts run beside agencies' own calls and may update the same delivery rows at the same
 * moment; the loser sees an optimistic-lock conflict when its transaction commits. A call that is
 * valid is then simply taken again on fresh data rather than answered 500.
 */
public final class ConcurrentUpdates {

    /** How often such a call is tried in all. */
    public static final int ATTEMPTS = 4;

    private ConcurrentUpdates() {
    }

    /**
     * Whether a failed statement or transaction lost a race on a unique constraint (SQLState class 23,
     * integrity constraint violation): another caller inserted the same key first.
     */
    public static boolean lostInsertRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() != null ? cause.getCause()
                : cause instanceof EJBException ejb ? ejb.getCausedByException() : null) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failed container-managed transaction lost an optimistic-lock race. */
    public static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() != null ? cause.getCause()
                : cause instanceof EJBException ejb ? ejb.getCausedByException() : null) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}

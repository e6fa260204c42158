package vn.lienthong.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Requests, push attempts and relays on several servers may update the same row at the same
 * moment; the loser sees an optimistic-lock conflict when its transaction commits. A call that is
 * valid is then taken again on fresh data rather than answered 500; a queue relay that lost its
 * claim leaves the row to the winner.
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

    /**
     * Runs {@code transaction} (a call that commits its own transaction) again on fresh data while it
     * loses optimistic-lock races; after {@link #ATTEMPTS} lost races the caller gets
     * {@link ConcurrentUpdateException} (409), never a 500.
     */
    public static <T> T retried(Supplier<T> transaction, String subjectEn, String subjectVi) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (EJBException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConcurrentUpdateException(subjectEn, subjectVi);
                }
            }
        }
    }

    /**
     * A claim or an outcome a relay records in a transaction of its own: empty when another server
     * changed the row at the same moment and won.
     */
    public static <T> Optional<T> unlessLostRace(Supplier<Optional<T>> transaction) {
        try {
            return transaction.get();
        } catch (EJBException e) {
            if (lostRace(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

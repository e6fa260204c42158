package vn.lienthong.exchange.submission;

import jakarta.ejb.ApplicationException;

/**
 * Another submission with the same Idempotency-Key, the same bytes or the same claimed DocumentId
 * committed while this one was being registered: the database's unique constraints decided, and
 * the caller answers as if this one had come second. Never leaves the exchange; not a refusal.
 */
@ApplicationException(rollback = true)
class DuplicateSubmissionException extends RuntimeException {

    DuplicateSubmissionException(Throwable cause) {
        super("a concurrent submission of the same document committed first", cause);
    }
}

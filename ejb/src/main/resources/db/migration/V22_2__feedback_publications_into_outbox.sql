-- The publications of answers to the national portal leave feedback_sync for the one queue
-- (queue feedback-publication, key the feedback's code, number its log entry); every row moves, in
-- whatever state, with its attempts, schedule and lease, so an upgraded hub loses nothing.
INSERT INTO outbox_item (queue_name, ordering_key, seq, payload, state, attempts, next_attempt_at, last_error,
                         created_at, sent_at, lease_holder, version_no)
SELECT 'feedback-publication', feedback_code, seq, payload, state, attempts, next_attempt_at, last_error,
       created_at, sent_at, lease_holder, version_no
FROM feedback_sync;
DROP TABLE feedback_sync;

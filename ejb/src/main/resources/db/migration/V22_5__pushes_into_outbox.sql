-- Pushes leave the delivery table for the one queue (queue push, key the recipient's code, number
-- the delivery's id, payload the document's id). Every delivery that was to be pushed moves, in
-- whatever state, with its attempts, schedule, last error and lease, so an upgraded hub loses
-- nothing: PENDING stays PENDING, PUSHED becomes SENT, DEAD becomes FAILED (still listed as a dead
-- push), CANCELLED stays CANCELLED. Then the push columns leave delivery: a delivery keeps its
-- transport, re-dispatch and fetch-failure life-cycles only.
INSERT INTO outbox_item (queue_name, ordering_key, seq, payload, state, attempts, next_attempt_at, last_attempt_at,
                         last_error, created_at, sent_at, lease_holder, version_no)
SELECT 'push', recipient_code, id, document_id,
       CASE push_state WHEN 'PUSHED' THEN 'SENT' WHEN 'DEAD' THEN 'FAILED' ELSE push_state END,
       push_attempts, COALESCE(next_push_at, last_push_at, delivered_at, queued_at), last_push_at,
       last_push_error, COALESCE(delivered_at, queued_at), pushed_at, push_lease_holder, 0
FROM delivery
WHERE push_state IS NOT NULL;
DROP INDEX ix_delivery_push;
ALTER TABLE delivery DROP COLUMN push_state;
ALTER TABLE delivery DROP COLUMN push_attempts;
ALTER TABLE delivery DROP COLUMN next_push_at;
ALTER TABLE delivery DROP COLUMN last_push_at;
ALTER TABLE delivery DROP COLUMN last_push_error;
ALTER TABLE delivery DROP COLUMN pushed_at;
ALTER TABLE delivery DROP COLUMN push_lease_holder;

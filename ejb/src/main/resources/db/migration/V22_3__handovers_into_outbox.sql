-- The hand-overs of dossier steps leave handover_outbox for the one queue (queue handover, key the
-- dossier's code, number the step, payload the owning agency's code); every row moves, in whatever
-- state, with its attempts, schedule and lease, so an upgraded hub loses nothing.
INSERT INTO outbox_item (queue_name, ordering_key, seq, payload, state, attempts, next_attempt_at, last_error,
                         created_at, sent_at, lease_holder, version_no)
SELECT 'handover', dossier_code, step_no, owner_code, state, attempts, next_attempt_at, last_error,
       created_at, sent_at, lease_holder, version_no
FROM handover_outbox;
DROP TABLE handover_outbox;

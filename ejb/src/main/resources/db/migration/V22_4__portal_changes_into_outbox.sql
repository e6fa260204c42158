-- The dossier changes for the national portal leave portal_sync for the one queue (queue
-- portal-sync, key the dossier's code, number its log entry, payload the record taken at the change);
-- every row moves, in whatever state, with its attempts, schedule and lease, so an upgraded hub loses
-- nothing. The national status needs no column of its own: the payload carries it (HoSo.TrangThaiHoSo).
INSERT INTO outbox_item (queue_name, ordering_key, seq, payload, state, attempts, next_attempt_at, last_error,
                         created_at, sent_at, lease_holder, version_no)
SELECT 'portal-sync', dossier_code, seq, payload, state, attempts, next_attempt_at, last_error,
       created_at, sent_at, lease_holder, version_no
FROM portal_sync;
DROP TABLE portal_sync;

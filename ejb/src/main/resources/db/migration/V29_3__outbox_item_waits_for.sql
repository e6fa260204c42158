-- Federation (issue 18, docs/federation.md, "Nothing lost, nothing twice"): an outbox item may wait
-- for another item, named by its id, and is not due while that one is still to be sent (PENDING or
-- FAILED). A relayed revoke, update or replace waits so for the relay of the document it names to
-- the same peer, which would otherwise refuse it for good (the earlier document unknown there)
-- whenever it overtook that relay after an outage or a retry; unrelated items are not held.
ALTER TABLE outbox_item ADD COLUMN waits_for BIGINT;
CREATE INDEX ix_outbox_item_waits_for ON outbox_item (waits_for);

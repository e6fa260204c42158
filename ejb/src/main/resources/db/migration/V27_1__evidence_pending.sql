-- The message log's entries waiting to be sealed into the chain (docs/evidence.md, "Sealing"). The event's
-- transaction writes its entry here, without touching evidence_chain_head, so events no longer take turns
-- hub-wide; a sealer links the committed rows into evidence_entry in id order, in batches, under the head's
-- lock, and deletes them in the same transaction. The ids come from a sequence read one value at a time
-- (allocation 1), so an event recorded after another committed always has the larger id, on every server.
CREATE SEQUENCE evidence_pending_seq AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE evidence_pending (
    id           BIGINT        NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    document_id  VARCHAR(36),
    agency_code  VARCHAR(32),
    detail       VARCHAR(400),
    CONSTRAINT pk_evidence_pending PRIMARY KEY (id)
);

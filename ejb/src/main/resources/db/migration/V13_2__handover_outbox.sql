-- Hand-overs of a dossier's step to the agency owning it, queued in the transaction that moved the
-- dossier to INTEROPERATING and submitted to the axis afterwards by HandOverRelay, with retries.
-- dossier_handover (V10_3) keeps recording the document each one became.
CREATE TABLE handover_outbox (
    dossier_code    VARCHAR(60)   NOT NULL,
    step_no         INTEGER       NOT NULL,
    owner_code      VARCHAR(32)   NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT pk_handover_outbox PRIMARY KEY (dossier_code, step_no)
);
CREATE INDEX ix_handover_outbox_due ON handover_outbox (state, next_attempt_at);

-- The portal outbox: one row per logged dossier change, written in the change's transaction and
-- sent to the national public service portal afterwards, in order per dossier, with retries.
CREATE TABLE portal_sync (
    dossier_code    VARCHAR(60)   NOT NULL,
    seq             INTEGER       NOT NULL,
    national_status INTEGER       NOT NULL,
    payload         VARCHAR(16000) NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT pk_portal_sync PRIMARY KEY (dossier_code, seq)
);
CREATE INDEX ix_portal_sync_due ON portal_sync (state, next_attempt_at);

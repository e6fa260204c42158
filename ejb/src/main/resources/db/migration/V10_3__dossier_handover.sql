-- A step owned by another agency is handed over as an edXML document from the receiving agency to
-- that agency; its "completed" status (06) on that document completes the step.
CREATE TABLE dossier_handover (
    dossier_code      VARCHAR(60)  NOT NULL,
    step_no           INTEGER      NOT NULL,
    owner_code        VARCHAR(32)  NOT NULL,
    document_id       VARCHAR(36)  NOT NULL,
    edxml_document_id VARCHAR(400) NOT NULL,
    sent_at           TIMESTAMP    NOT NULL,
    completed_at      TIMESTAMP,
    CONSTRAINT pk_dossier_handover PRIMARY KEY (dossier_code, step_no)
);
CREATE INDEX ix_dossier_handover_document ON dossier_handover (document_id);

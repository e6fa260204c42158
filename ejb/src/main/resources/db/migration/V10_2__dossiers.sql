-- Citizens' and businesses' dossiers (hồ sơ) and what happened to them.
CREATE TABLE dossier (
    code              VARCHAR(60)   NOT NULL,
    procedure_code    VARCHAR(40)   NOT NULL,
    agency_code       VARCHAR(32)   NOT NULL,
    channel           SMALLINT      NOT NULL,
    state             VARCHAR(30)   NOT NULL,
    resume_state      VARCHAR(30),
    current_step      INTEGER       NOT NULL,
    step_count        INTEGER       NOT NULL,
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_id_no   VARCHAR(40),
    applicant_kind    VARCHAR(20),
    applicant_email   VARCHAR(200),
    applicant_phone   VARCHAR(40),
    summary           VARCHAR(1000),
    registered_at     TIMESTAMP     NOT NULL,
    received_at       TIMESTAMP,
    due_at            TIMESTAMP,
    extension_units   INTEGER       NOT NULL,
    paused_since      TIMESTAMP,
    finished_at       TIMESTAMP,
    returned_at       TIMESTAMP,
    closed_at         TIMESTAMP,
    timeliness        VARCHAR(10),
    result_note       VARCHAR(2000),
    event_count       INTEGER       NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    version_no        BIGINT        NOT NULL,
    CONSTRAINT pk_dossier PRIMARY KEY (code)
);
-- Statistics and agency work lists read by agency or procedure over a period.
CREATE INDEX ix_dossier_agency_received ON dossier (agency_code, received_at);
CREATE INDEX ix_dossier_procedure_received ON dossier (procedure_code, received_at);
CREATE INDEX ix_dossier_agency_state ON dossier (agency_code, state);

-- One row per unit and day hands out the NNNN of {unit}-{yyMMdd}-{NNNN}; the row lock taken by
-- incrementing it serialises concurrent intakes of one unit only.
CREATE TABLE dossier_counter (
    agency_code VARCHAR(32) NOT NULL,
    day_key     INTEGER     NOT NULL,
    last_no     INTEGER     NOT NULL,
    CONSTRAINT pk_dossier_counter PRIMARY KEY (agency_code, day_key)
);

CREATE TABLE dossier_paper (
    dossier_code VARCHAR(60)   NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    file_name    VARCHAR(255),
    media_type   VARCHAR(100),
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    content      ${blob_type},
    CONSTRAINT pk_dossier_paper PRIMARY KEY (dossier_code, position),
    CONSTRAINT fk_dossier_paper FOREIGN KEY (dossier_code) REFERENCES dossier (code)
);

-- Every transition: who, when, why (the processing-step log synchronised to the portal).
CREATE TABLE dossier_event (
    dossier_code VARCHAR(60)   NOT NULL,
    seq          INTEGER       NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    actor_agency VARCHAR(32),
    action       VARCHAR(30)   NOT NULL,
    from_state   VARCHAR(30),
    to_state     VARCHAR(30)   NOT NULL,
    step_no      INTEGER,
    reason       VARCHAR(2000),
    due_at       TIMESTAMP,
    CONSTRAINT pk_dossier_event PRIMARY KEY (dossier_code, seq),
    CONSTRAINT fk_dossier_event FOREIGN KEY (dossier_code) REFERENCES dossier (code)
);

-- Pauses (supplement, payment) and extensions as interval records.
CREATE TABLE dossier_interval (
    dossier_code VARCHAR(60)   NOT NULL,
    seq          INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    started_at   TIMESTAMP     NOT NULL,
    ended_at     TIMESTAMP,
    units        INTEGER,
    reason       VARCHAR(2000) NOT NULL,
    apology      VARCHAR(4000),
    due_before   TIMESTAMP,
    due_after    TIMESTAMP,
    CONSTRAINT pk_dossier_interval PRIMARY KEY (dossier_code, seq),
    CONSTRAINT fk_dossier_interval FOREIGN KEY (dossier_code) REFERENCES dossier (code)
);

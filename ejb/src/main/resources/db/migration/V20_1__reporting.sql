-- National reporting (vn.lienthong.reporting, docs/reporting.md): report regimes and their
-- versions, the periods opened for them, each reporter's obligation per period, submissions with
-- their figures (every earlier one kept), and the durable reporting events (reminders, overdue
-- and late flags, closures) that the console and alerts of later issues read.

CREATE TABLE report_regime (
    code            VARCHAR(40)   NOT NULL,
    issuer_code     VARCHAR(32)   NOT NULL,
    frequency       VARCHAR(20)   NOT NULL,
    current_version INTEGER       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(200)  NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version_no      BIGINT        NOT NULL,
    CONSTRAINT pk_report_regime PRIMARY KEY (code)
);

-- A version's whole definition is one JSON document (RegimeJsonFormat, UTF-8), read and written whole.
-- valid_from is the first period it applies to; valid_from_start that period's first day, for ordering.
CREATE TABLE report_regime_version (
    regime_code      VARCHAR(40)    NOT NULL,
    version          INTEGER        NOT NULL,
    valid_from       VARCHAR(40)    NOT NULL,
    valid_from_start DATE           NOT NULL,
    name_vi          VARCHAR(1000)  NOT NULL,
    definition       ${blob_type}   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    created_by       VARCHAR(200)   NOT NULL,
    CONSTRAINT pk_report_regime_version PRIMARY KEY (regime_code, version),
    CONSTRAINT fk_report_regime_version FOREIGN KEY (regime_code) REFERENCES report_regime (code)
);

CREATE TABLE report_period (
    id             VARCHAR(36)   NOT NULL,
    regime_code    VARCHAR(40)   NOT NULL,
    frequency      VARCHAR(20)   NOT NULL,
    period_key     VARCHAR(40)   NOT NULL,
    regime_version INTEGER       NOT NULL,
    window_from    DATE          NOT NULL,
    window_to      DATE          NOT NULL,
    due_override   TIMESTAMP,
    opened_at      TIMESTAMP     NOT NULL,
    opened_by      VARCHAR(200)  NOT NULL,
    opening_note   VARCHAR(2000),
    obligations    INTEGER       NOT NULL,
    CONSTRAINT pk_report_period PRIMARY KEY (id),
    CONSTRAINT uq_report_period UNIQUE (regime_code, period_key),
    CONSTRAINT fk_report_period_regime FOREIGN KEY (regime_code) REFERENCES report_regime (code)
);

-- EclipseLink reads each value as the last id of a block of 50, so the first value is 50.
CREATE SEQUENCE report_obligation_seq AS BIGINT START WITH 50 INCREMENT BY 50;

-- recipient_path: the recipients above the reporter, top first (/G22/H20/D31/), so one range scan
-- finds everything below a recipient; closed_at: the recipient no longer takes submissions.
CREATE TABLE report_obligation (
    id                    BIGINT        NOT NULL,
    period_id             VARCHAR(36)   NOT NULL,
    agency_code           VARCHAR(32)   NOT NULL,
    recipient_code        VARCHAR(32)   NOT NULL,
    level_no              SMALLINT      NOT NULL,
    recipient_path        VARCHAR(400)  NOT NULL,
    due_at                TIMESTAMP     NOT NULL,
    current_submission_id VARCHAR(36),
    first_submitted_at    TIMESTAMP,
    last_submitted_at     TIMESTAMP,
    submission_count      INTEGER       NOT NULL,
    closed_at             TIMESTAMP,
    closed_by             VARCHAR(200),
    reminded_at           TIMESTAMP,
    overdue_at            TIMESTAMP,
    version_no            BIGINT        NOT NULL,
    CONSTRAINT pk_report_obligation PRIMARY KEY (id),
    CONSTRAINT uq_report_obligation UNIQUE (period_id, agency_code),
    CONSTRAINT fk_report_obligation_period FOREIGN KEY (period_id) REFERENCES report_period (id)
);
CREATE INDEX ix_report_obligation_path ON report_obligation (period_id, recipient_path);
CREATE INDEX ix_report_obligation_recipient ON report_obligation (period_id, recipient_code);
CREATE INDEX ix_report_obligation_agency ON report_obligation (agency_code, due_at);
CREATE INDEX ix_report_obligation_due ON report_obligation (due_at);

CREATE TABLE report_submission (
    id                  VARCHAR(36)    NOT NULL,
    obligation_id       BIGINT         NOT NULL,
    seq                 INTEGER        NOT NULL,
    submitted_at        TIMESTAMP      NOT NULL,
    submitted_by        VARCHAR(200)   NOT NULL,
    channel             VARCHAR(20)    NOT NULL,
    reason              VARCHAR(2000),
    document_id         VARCHAR(36),
    sha256              VARCHAR(64)    NOT NULL,
    late                BOOLEAN        NOT NULL,
    warnings            VARCHAR(4000),
    receipt_cms         VARCHAR(32000),
    receipt_timestamped BOOLEAN,
    CONSTRAINT pk_report_submission PRIMARY KEY (id),
    CONSTRAINT uq_report_submission UNIQUE (obligation_id, seq),
    CONSTRAINT fk_report_submission_obligation FOREIGN KEY (obligation_id) REFERENCES report_obligation (id)
);

-- One figure per cell; a scalar indicator's row and column are empty. hub_value and
-- correction_reason: the hub's own figure of a computed indicator the reporter changed, and why.
CREATE TABLE report_value (
    submission_id     VARCHAR(36)    NOT NULL,
    indicator_code    VARCHAR(40)    NOT NULL,
    row_key           VARCHAR(40)    NOT NULL,
    col_key           VARCHAR(40)    NOT NULL,
    num_value         DECIMAL(28,6),
    text_value        VARCHAR(4000),
    hub_value         DECIMAL(28,6),
    correction_reason VARCHAR(2000),
    CONSTRAINT pk_report_value PRIMARY KEY (submission_id, indicator_code, row_key, col_key),
    CONSTRAINT fk_report_value_submission FOREIGN KEY (submission_id) REFERENCES report_submission (id)
);

-- Durable events of the reporting capability, one row each, never changed: reminders before a
-- deadline, overdue (missing) and late reports, submissions, closures and reopenings.
CREATE SEQUENCE reporting_event_seq AS BIGINT START WITH 1 INCREMENT BY 1;
CREATE TABLE reporting_event (
    id             BIGINT         NOT NULL,
    kind           VARCHAR(30)    NOT NULL,
    regime_code    VARCHAR(40)    NOT NULL,
    period_key     VARCHAR(40)    NOT NULL,
    agency_code    VARCHAR(32),
    recipient_code VARCHAR(32),
    due_at         TIMESTAMP,
    occurred_at    TIMESTAMP      NOT NULL,
    actor          VARCHAR(200),
    detail         VARCHAR(2000),
    CONSTRAINT pk_reporting_event PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_event_agency ON reporting_event (agency_code, id);
CREATE INDEX ix_reporting_event_recipient ON reporting_event (recipient_code, id);

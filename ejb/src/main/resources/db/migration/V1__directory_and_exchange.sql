-- LienThong schema, version 1: the agency directory and the document axis.
-- Runs unchanged on Apache Derby and PostgreSQL; ${blob_type} is the one type that differs.
-- Times are UTC (TIMESTAMP without zone), except status_report.reported_at: the recipient's
-- own Vietnam local time as written in its package.

CREATE TABLE agency (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(400) NOT NULL,
    parent_code VARCHAR(32),
    level_no    SMALLINT     NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    version_no  BIGINT       NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (code),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_code) REFERENCES agency (code)
);
CREATE INDEX ix_agency_parent ON agency (parent_code);
CREATE INDEX ix_agency_level ON agency (level_no);

CREATE TABLE agency_credential (
    agency_code VARCHAR(32)  NOT NULL,
    secret_hash VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_agency_credential PRIMARY KEY (agency_code),
    CONSTRAINT fk_credential_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);

CREATE TABLE document (
    id                VARCHAR(36)   NOT NULL,
    sender_code       VARCHAR(32)   NOT NULL,
    edxml_document_id VARCHAR(400),
    code_number       VARCHAR(100),
    code_notation     VARCHAR(200),
    subject           VARCHAR(2000),
    business_type     SMALLINT      NOT NULL,
    promulgation_date DATE,
    signed            BOOLEAN       NOT NULL,
    attachment_count  INTEGER       NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    received_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id)
);
CREATE INDEX ix_document_sender ON document (sender_code, id);
CREATE INDEX ix_document_edxml_id ON document (sender_code, edxml_document_id);

-- EclipseLink reads each value as the last id of a block of 50, so the first value is 50.
CREATE SEQUENCE delivery_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE delivery (
    id                  BIGINT        NOT NULL,
    document_id         VARCHAR(36)   NOT NULL,
    recipient_code      VARCHAR(32)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    queued_at           TIMESTAMP     NOT NULL,
    delivered_at        TIMESTAMP,
    fetched_at          TIMESTAMP,
    fetch_failures      INTEGER       NOT NULL,
    last_failure_reason VARCHAR(1000),
    last_failure_at     TIMESTAMP,
    version_no          BIGINT        NOT NULL,
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT uq_delivery UNIQUE (document_id, recipient_code),
    CONSTRAINT fk_delivery_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_delivery_inbox ON delivery (recipient_code, state, document_id);

CREATE TABLE status_report (
    id               VARCHAR(36)   NOT NULL,
    document_id      VARCHAR(36)   NOT NULL,
    reporter_code    VARCHAR(32)   NOT NULL,
    status_code      VARCHAR(2)    NOT NULL,
    description      VARCHAR(4000),
    staff_department VARCHAR(400),
    staff_name       VARCHAR(400),
    reported_at      TIMESTAMP,
    received_at      TIMESTAMP     NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_status_report PRIMARY KEY (id),
    CONSTRAINT fk_status_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_status_document ON status_report (document_id, reporter_code);

-- Packages exactly as received, in chunks of 1 MiB (see PackageStore).
CREATE TABLE package_chunk (
    package_id VARCHAR(36)  NOT NULL,
    seq        INTEGER      NOT NULL,
    data       ${blob_type} NOT NULL,
    CONSTRAINT pk_package_chunk PRIMARY KEY (package_id, seq)
);

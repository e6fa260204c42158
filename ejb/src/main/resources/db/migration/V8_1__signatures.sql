-- Signature verdicts, signature policies per agency, signer-to-agency bindings and the hub's
-- signed receipts (vn.lienthong.signature, docs/signatures.md).

-- One verdict per accepted document, written in the transaction that accepts it.
CREATE TABLE signature_verdict (
    document_id        VARCHAR(36)   NOT NULL,
    sender_code        VARCHAR(32)   NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    failed_check       VARCHAR(40),
    reason_en          VARCHAR(1000),
    reason_vi          VARCHAR(1000),
    signer_subject     VARCHAR(1000),
    signer_issuer      VARCHAR(1000),
    signer_fingerprint VARCHAR(64),
    algorithm          VARCHAR(40),
    checked_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_signature_verdict PRIMARY KEY (document_id),
    CONSTRAINT fk_signature_verdict_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_signature_verdict_sender ON signature_verdict (sender_code, outcome);

-- An agency's own signature policy; agencies without a row get the server's default.
CREATE TABLE signature_policy (
    agency_code        VARCHAR(32)  NOT NULL,
    policy_mode        VARCHAR(20)  NOT NULL,
    accept_sha1        BOOLEAN      NOT NULL,
    revocation_failure VARCHAR(10),
    updated_at         TIMESTAMP    NOT NULL,
    updated_by         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_signature_policy PRIMARY KEY (agency_code),
    CONSTRAINT fk_signature_policy_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);

-- Which signing certificates (by SHA-256 fingerprint) or subject attributes (e.g. OU=...) belong to which agency.
CREATE TABLE signer_binding (
    id            VARCHAR(36)   NOT NULL,
    agency_code   VARCHAR(32)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    match_value   VARCHAR(1000) NOT NULL,
    description   VARCHAR(1000),
    registered_at TIMESTAMP     NOT NULL,
    registered_by VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_signer_binding PRIMARY KEY (id),
    CONSTRAINT uq_signer_binding UNIQUE (kind, match_value),
    CONSTRAINT fk_signer_binding_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);
CREATE INDEX ix_signer_binding_agency ON signer_binding (agency_code);

-- Receipts the hub signed: one acceptance receipt per document, one delivery receipt per recipient.
CREATE TABLE signed_receipt (
    document_id VARCHAR(36)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    party_code  VARCHAR(32)  NOT NULL,
    cms_base64  VARCHAR(32000) NOT NULL,
    timestamped BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_signed_receipt PRIMARY KEY (document_id, kind, party_code),
    CONSTRAINT fk_signed_receipt_document FOREIGN KEY (document_id) REFERENCES document (id)
);

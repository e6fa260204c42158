-- The signature verdict of each accepted status package (issue 13): statuses pass the same
-- verifier, policy, signer binding and revocation checks as documents, and their sender sees the
-- verdict with each status (docs/signatures.md). Statuses accepted before this version have none.
CREATE TABLE status_signature_verdict (
    status_id          VARCHAR(36)   NOT NULL,
    reporter_code      VARCHAR(32)   NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    failed_check       VARCHAR(40),
    reason_en          VARCHAR(1000),
    reason_vi          VARCHAR(1000),
    signer_subject     VARCHAR(1000),
    signer_issuer      VARCHAR(1000),
    signer_fingerprint VARCHAR(64),
    algorithm          VARCHAR(40),
    checked_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_status_signature_verdict PRIMARY KEY (status_id),
    CONSTRAINT fk_status_signature_verdict_status FOREIGN KEY (status_id) REFERENCES status_report (id)
);

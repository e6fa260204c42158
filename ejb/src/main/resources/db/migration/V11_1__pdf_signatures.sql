-- Issue 4: the signatures found inside an accepted document's PDF attachments, one row per signature.
-- Informational only: the document's own verdict stays in signature_verdict.
CREATE TABLE pdf_signature (
    id                     VARCHAR(60)   NOT NULL,
    document_id            VARCHAR(36)   NOT NULL,
    attachment_index       INTEGER       NOT NULL,
    attachment_name        VARCHAR(500)  NOT NULL,
    signature_index        INTEGER       NOT NULL,
    signer_subject         VARCHAR(1000),
    signing_time           TIMESTAMP,
    outcome                VARCHAR(20)   NOT NULL,
    reason_en              VARCHAR(1000),
    reason_vi              VARCHAR(1000),
    covers_whole_document  BOOLEAN       NOT NULL,
    CONSTRAINT pk_pdf_signature PRIMARY KEY (id),
    CONSTRAINT fk_pdf_signature_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_pdf_signature_document ON pdf_signature (document_id);
